// Desktop notifications through the web Notification API: the browser's in browser mode, and in
// Electron the system's (Electron shows the same API as native notifications). Permission is asked
// only from a click (设置 → 提醒), never on load.

export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';

export interface DesktopNotice {
  title: string;
  body: string;
  /** One notification per tag: a second with the same tag replaces the first. */
  tag: string;
  onClick?: () => void;
}

/** What stores need of notifications; tests pass a fake. */
export interface Notifier {
  permission(): NotificationPermissionState;
  /** Asks the user; call it from a click. */
  ask(): Promise<NotificationPermissionState>;
  show(notice: DesktopNotice): void;
}

const api = () => (typeof window !== 'undefined' && 'Notification' in window ? window.Notification : undefined);

export const desktopNotifier: Notifier = {
  permission: () => api()?.permission ?? 'unsupported',
  async ask() {
    const Notification = api();
    return Notification ? Notification.requestPermission() : 'unsupported';
  },
  show({ title, body, tag, onClick }) {
    const Notification = api();
    if (!Notification || Notification.permission !== 'granted') return;
    const notice = new Notification(title, { body, tag });
    notice.onclick = () => {
      window.focus();
      onClick?.();
      notice.close();
    };
  },
};
