// Questions to the government and laws: public pages for everyone, forms for the secretariat.
import type { RouteDef } from '../../platform/http/types';
import { RECORD_KEEPERS } from './assembly.policy';
import { billSubmit, lawPage, lawStepSubmit, lawsListPage, newBillPage } from './laws.routes';
import { ministriesPage, ministrySubmit } from './ministries.routes';
import {
  answerSubmit,
  newQuestionPage,
  questionLetter,
  questionPage,
  questionSubmit,
  questionsListPage,
} from './questions.routes';

export const questionsLawsRoutes: RouteDef[] = [
  { method: 'GET', path: '/assembly/questions', kind: 'page', access: 'public', handler: questionsListPage },
  {
    method: 'GET',
    path: '/assembly/questions/:id',
    kind: 'page',
    access: 'public',
    example: { id: '1' },
    handler: questionPage,
  },
  {
    method: 'GET',
    path: '/assembly/questions/:id/files/letter',
    kind: 'page',
    access: 'public',
    example: { id: '1' },
    handler: questionLetter,
  },
  { method: 'GET', path: '/assembly/laws', kind: 'page', access: 'public', handler: lawsListPage },
  {
    method: 'GET',
    path: '/assembly/laws/:id',
    kind: 'page',
    access: 'public',
    example: { id: '1' },
    handler: lawPage,
  },
  {
    method: 'GET',
    path: '/secretariat/assembly/questions/new',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: newQuestionPage,
  },
  {
    method: 'POST',
    path: '/secretariat/assembly/questions',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: questionSubmit,
  },
  {
    method: 'POST',
    path: '/secretariat/assembly/questions/:id/answer',
    kind: 'page',
    access: RECORD_KEEPERS,
    example: { id: '1' },
    handler: answerSubmit,
  },
  {
    method: 'GET',
    path: '/secretariat/assembly/laws/new',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: newBillPage,
  },
  {
    method: 'POST',
    path: '/secretariat/assembly/laws',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: billSubmit,
  },
  {
    method: 'POST',
    path: '/secretariat/assembly/laws/:id/:step',
    kind: 'page',
    access: RECORD_KEEPERS,
    example: { id: '1', step: 'adoption' },
    handler: lawStepSubmit,
  },
  {
    method: 'GET',
    path: '/secretariat/assembly/ministries',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: ministriesPage,
  },
  {
    method: 'POST',
    path: '/secretariat/assembly/ministries',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: ministrySubmit,
  },
];
