export { loadTemplateFolder, type LoadedTemplates, type LoadOptions, type TemplateFileReport } from './loadTemplateFolder.js';
