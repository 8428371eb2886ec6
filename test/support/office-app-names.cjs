// office-addin-manifest's OfficeApp names, the only part office-addin-mock uses; see jest.config.js.
exports.OfficeApp = { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' };
