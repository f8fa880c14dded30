export { type AttachmentClassification, ClassificationError, type ClassificationMethod, classifyAttachment, TIE_RULE } from './classify.js';
export { type RqStyle, rqStyle } from './rq-style.js';
export { type AttachmentStyleInfo, attachmentStyles } from './styles.js';
