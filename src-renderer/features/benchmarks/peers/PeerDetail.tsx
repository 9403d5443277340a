import { ArrowLeftOutlined, EditOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Image, Popconfirm, Result, Row, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEARNING_KINDS, type Learning, type LearningKind, type PeerAccount, type Post, type Snapshot } from '../../../../src-shared/contract/benchmarks';
import { formatCount } from '../../../../src-shared/domain/benchmarks/numbers';
import { PlatformTag } from '../../../components/PlatformTag';
import { useUndoable } from '../../../components/use-undo';
import { benchmarksHref } from '../route';
import { LearningFormDrawer, learningImageUrl } from './LearningFormDrawer';
import { PeerFormDrawer } from './PeerFormDrawer';
import { peerPageStore, usePeerPage, usePeers } from './store';

const count = (value: number | null) => formatCount(value);

/** One peer's page: who it is, what we learn from it (by kind), its recent articles and weekly figures. */
export function PeerDetail({ peerId }: { peerId: string }) {
  const { t } = useTranslation();
  const peer = usePeers((s) => s.rows.find((p) => p.id === peerId));
  const peersLoaded = usePeers((s) => s.loaded);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void peerPageStore().getState().open(peerId);
  }, [peerId]);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} href={benchmarksHref('peers')} style={{ paddingLeft: 0 }} data-testid="peer-back">
      {t('peers.detail.back')}
    </Button>
  );
  if (!peer) return peersLoaded ? <Result status="404" title={t('peers.detail.notFound')} extra={back} /> : null;
  return (
    <div data-testid="peer-detail">
      {back}
      <Card style={{ marginBottom: 16 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Space orientation="vertical" size={4}>
            <Space>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="peer-detail-name">
                {peer.name}
              </Typography.Title>
              <PlatformTag platform={peer.platform} />
              {peer.tags.map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </Space>
            <PeerFacts peer={peer} />
          </Space>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="peer-detail-edit">
            {t('peers.detail.edit')}
          </Button>
        </Space>
      </Card>
      <Learnings peerId={peerId} />
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} xxl={14}>
          <RecentPosts />
        </Col>
        <Col xs={24} xxl={10}>
          <RecentSnapshots />
        </Col>
      </Row>
      <PeerFormDrawer open={editing} peer={peer} onClose={() => setEditing(false)} />
    </div>
  );
}

function PeerFacts({ peer }: { peer: PeerAccount }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }}>
      <Descriptions.Item label={t('peers.field.handle')}>{peer.handle || none}</Descriptions.Item>
      <Descriptions.Item label={t('peers.field.ownerCompany')}>{peer.ownerCompany || none}</Descriptions.Item>
      <Descriptions.Item label={t('peers.field.industry')}>{peer.industry || none}</Descriptions.Item>
      <Descriptions.Item label={t('peers.field.reason')} span={3}>
        {peer.reason || none}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Learnings({ peerId }: { peerId: string }) {
  const { t } = useTranslation();
  const learnings = usePeerPage((s) => (s.peerId === peerId ? s.learnings : []));
  const loaded = usePeerPage((s) => s.loaded);
  // undefined: closed.
  const [editing, setEditing] = useState<{ kind: LearningKind; learning: Learning | null } | undefined>(undefined);
  const groups = LEARNING_KINDS.map((kind) => ({ kind, items: learnings.filter((l) => l.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <Card
      title={t('peers.detail.learnings')}
      data-testid="learnings"
      extra={
        <Button type="primary" icon={<PlusOutlined />} data-testid="learning-create" onClick={() => setEditing({ kind: 'column', learning: null })}>
          {t('peers.detail.addLearning')}
        </Button>
      }
    >
      {loaded && groups.length === 0 && <Empty description={t('peers.detail.noLearnings')} />}
      {groups.map(({ kind, items }) => (
        <div key={kind} data-testid={`learning-group-${kind}`} style={{ marginBottom: 16 }}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t(`peers.learningKind.${kind}`)}</Typography.Text>
            <Typography.Text type="secondary">{items.length}</Typography.Text>
            <Button size="small" type="text" icon={<PlusOutlined />} aria-label={t('peers.detail.addLearning')} onClick={() => setEditing({ kind, learning: null })} />
          </Space>
          {items.map((learning) => (
            <LearningRow key={learning.id} learning={learning} onEdit={() => setEditing({ kind, learning })} />
          ))}
        </div>
      ))}
      <LearningFormDrawer open={editing !== undefined} peerId={peerId} kind={editing?.kind ?? 'column'} learning={editing?.learning ?? null} onClose={() => setEditing(undefined)} />
    </Card>
  );
}

function LearningRow({ learning, onEdit }: { learning: Learning; onEdit: () => void }) {
  const { t } = useTranslation();
  const undoable = useUndoable();
  // A deleted learning comes back as a new one with the same content (learnings have no restore).
  const remove = () =>
    void undoable(
      () => peerPageStore().getState().removeLearning(learning.id),
      t('peers.learning.deleted'),
      () => peerPageStore().getState().saveLearning({ peerId: learning.peerId, kind: learning.kind, text: learning.text, link: learning.link, assetId: learning.assetId }),
    );
  return (
    <div data-testid="learning" style={{ display: 'flex', gap: 12, padding: '8px 0', borderTop: '1px solid #f0f0f0' }}>
      {learning.assetId && <Image src={learningImageUrl(learning.assetId)} width={96} style={{ borderRadius: 4, objectFit: 'cover' }} alt="" data-testid="learning-image" />}
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }} data-testid="learning-text">
          {learning.text}
        </Typography.Paragraph>
        {learning.link && (
          <a href={learning.link} target="_blank" rel="noopener noreferrer" data-testid="learning-link">
            <LinkOutlined /> {t('peers.learning.openLink')}
          </a>
        )}
      </div>
      <Space size={0} align="start">
        <Button type="link" size="small" onClick={onEdit} data-testid="learning-edit">
          {t('common.edit')}
        </Button>
        <Popconfirm title={t('peers.learning.deleteConfirm')} onConfirm={remove} okText={t('common.delete')} cancelText={t('common.cancel')}>
          <Button type="link" size="small" danger data-testid="learning-delete">
            {t('common.delete')}
          </Button>
        </Popconfirm>
      </Space>
    </div>
  );
}

function RecentPosts() {
  const { t } = useTranslation();
  const posts = usePeerPage((s) => s.posts);
  const loading = usePeerPage((s) => s.loading && !s.loaded);
  return (
    <Card title={t('peers.detail.posts')} styles={{ body: { padding: 0 } }} data-testid="peer-posts">
      <Table<Post>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={posts}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('peers.detail.noPosts') }}
        columns={[
          { title: t('peers.post.publishedAt'), dataIndex: 'publishedAt', width: 140 },
          { title: t('peers.post.position'), dataIndex: 'position', width: 70, render: (p: number) => (p === 1 ? t('peers.post.headline') : t('peers.post.nth', { n: p })) },
          {
            title: t('peers.post.title'),
            dataIndex: 'title',
            ellipsis: true,
            render: (title: string, post) =>
              post.url ? (
                <a href={post.url} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              ),
          },
          { title: t('peers.post.kind'), dataIndex: 'kind', width: 80 },
          { title: t('peers.post.reads'), dataIndex: 'reads', width: 80, align: 'right', render: count },
          { title: t('peers.post.zaikan'), dataIndex: 'zaikan', width: 60, align: 'right', render: count },
          { title: t('peers.post.likes'), dataIndex: 'likes', width: 60, align: 'right', render: count },
        ]}
      />
    </Card>
  );
}

function RecentSnapshots() {
  const { t } = useTranslation();
  const snapshots = usePeerPage((s) => s.snapshots);
  const loading = usePeerPage((s) => s.loading && !s.loaded);
  return (
    <Card title={t('peers.detail.snapshots')} styles={{ body: { padding: 0 } }} data-testid="peer-snapshots">
      <Table<Snapshot>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={snapshots}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('peers.detail.noSnapshots') }}
        columns={[
          { title: t('peers.snapshot.period'), key: 'period', width: 110, render: (_, s) => <span title={t('peers.detail.weekOf', { start: s.period.start })}>{s.period.start}</span> },
          { title: t('peers.snapshot.followers'), dataIndex: 'followers', align: 'right', render: count },
          { title: t('peers.snapshot.articles'), dataIndex: 'articles', width: 60, align: 'right', render: count },
          { title: t('peers.snapshot.reads'), dataIndex: 'reads', align: 'right', render: count },
          { title: t('peers.snapshot.readsMax'), dataIndex: 'readsMax', align: 'right', render: count },
        ]}
      />
    </Card>
  );
}
