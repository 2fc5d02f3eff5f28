// The ministries' signed answer letters on disk and which the questions name, for a restore's check.
import type { StoredFiles } from '../../platform/uploads/stored-files';
import { QUESTION_LETTERS_FOLDER } from './questions.commands';
import { listQuestionLetterNames } from './questions-laws.queries';

export const questionLettersOnDisk: StoredFiles = {
  folder: QUESTION_LETTERS_FOLDER,
  names: listQuestionLetterNames,
};
