export { type NumberFormats, numberFormats } from './numbers';
export { type PluralForms, pluralForm } from './plural';
export { SPREAD } from './spread';
