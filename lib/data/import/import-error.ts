/** A raw file the importer refuses, with a message that names the file, the line and what was expected. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}
