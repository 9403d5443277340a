import type { Messages } from '../messages';
import type { libraryZhCN } from './zh-CN';

// The library (素材库, issue 10): images, templates and blocks.
// English; the type makes a missing or extra key a compile error.

export const libraryEn: Messages<typeof libraryZhCN> = {
  library: {
    title: 'Library',
    tabs: { images: 'Images', blocks: 'Blocks', templates: 'Templates' },
    upload: 'Upload images',
    uploaded: 'Added to the library: {{name}}',
    alreadyThere: 'This image is already in the library ({{name}}); it was not stored twice',
    dropHint: 'Drop images here or click "Upload images". PNG, JPEG, GIF or WebP, up to {{maxMb}} MB each',
    dropNow: 'Release to upload',
    imagesEmpty: 'No images yet. Images are stored by their content, so one image is kept once, and backups and restores carry them',
    size: '{{width}} × {{height}}',
    usedIn_one: 'Used in {{count}} article',
    usedIn_other: 'Used in {{count}} articles',
    unused: 'Not used in any article',
    imageDeleted: 'Deleted image "{{name}}"',
    blocksEmpty: 'No blocks yet. Select some content in the editor and click "Save as block"',
    templatesEmpty: 'No templates yet',
    preview: 'Preview',
    edit: 'Edit',
    delete: 'Delete',
    itemDeleted: 'Deleted "{{name}}"',
    insertBlock: 'Insert block',
    noBlocks: 'No blocks yet',
    form: { title: 'Edit "{{name}}"', name: 'Name', category: 'Category' },
    category: { follow: 'Follow prompt', recommend: 'Earlier posts', signature: 'Signature', qrcode: 'QR code footer', other: 'Other' },
    problems: {
      empty: 'The file is empty; pick the image again',
      tooLarge: 'The image is too large: at most {{maxMb}} MB (the limit for WeChat article images), this one is about {{sizeMb}} MB. Compress it and upload it again',
      corrupt: 'This {{type}} image is damaged or incomplete; its size cannot be read. Export it again and upload it',
      svg: 'SVG images are not accepted: they can carry scripts, and WeChat refuses them. Export a PNG and upload that',
      unsupportedType: '{{type}} files are not accepted. The library takes PNG, JPEG, GIF and WebP images',
      unknownType: 'The type of this file is not recognised. The library takes PNG, JPEG, GIF and WebP images',
      notDocument: 'A block must be a whole document',
      contentTooLarge: 'The content is too long to save as a block',
    },
  },
};
