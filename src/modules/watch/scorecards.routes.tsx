// MP scorecards, ministers' timeliness, open data (Popolo).
import type { RouteDef } from '../../platform/http/types';
import { answersFeed, lawsFeed, questionsFeed } from './feeds.routes';
import { ministersPage } from './ministers.routes';
import { openDataPage, tableCsv } from './open-data.routes';
import { popoloApi, popoloDoc } from './popolo.api';
import { comparisonCsv, comparisonPage, scorecardPage } from './scorecard.routes';

export const scorecardsRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/popolo.json',
    kind: 'api',
    access: 'public',
    handler: popoloApi,
    doc: popoloDoc,
  },
  { method: 'GET', path: '/watch/members', kind: 'page', access: 'public', handler: comparisonPage },
  { method: 'GET', path: '/watch/members.csv', kind: 'page', access: 'public', handler: comparisonCsv },
  {
    method: 'GET',
    path: '/watch/members/:personId',
    kind: 'page',
    access: 'public',
    example: { personId: '1' },
    handler: (c) => scorecardPage(c),
  },
  { method: 'GET', path: '/watch/ministers', kind: 'page', access: 'public', handler: ministersPage },
  { method: 'GET', path: '/watch/data', kind: 'page', access: 'public', handler: openDataPage },
  {
    method: 'GET',
    path: '/watch/data/:table',
    kind: 'page',
    access: 'public',
    example: { table: 'votes.csv' },
    handler: tableCsv,
  },
  { method: 'GET', path: '/watch/questions.atom', kind: 'api', access: 'public', handler: questionsFeed },
  { method: 'GET', path: '/watch/answers.atom', kind: 'api', access: 'public', handler: answersFeed },
  { method: 'GET', path: '/watch/laws.atom', kind: 'api', access: 'public', handler: lawsFeed },
];
