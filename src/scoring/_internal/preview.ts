export { _preview as preview } from '../../model/preview.js';
