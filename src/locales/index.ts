// The locale layer's logic (the packs themselves are data, one entry point each: securebase/locales/es).
export { checkItemText, type ItemText, type ItemTextIssue } from './check-item-text.js';
