/** The checkout's root folder: every tool finds the project's files from here. */
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
