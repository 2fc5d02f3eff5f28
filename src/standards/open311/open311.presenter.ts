// Open311 GeoReport v2 documents, each field named, in JSON and XML: services, definitions, requests, errors.

import { type CaseStatus, CONTACT_CHOICES, caseStatusText, open311Status } from '../../modules/casework';
import type { Place } from '../../modules/places';
import { commissionName } from '../../platform/i18n/commission-name';
import type { Lang } from '../../platform/i18n/i18n';
import type { Open311Messages } from './open311.messages';
import type { PublicHandling } from './open311.queries';
import { children, el, fields, xmlDocument } from './xml.presenter';

export type Format = 'json' | 'xml';
type Scalar = string | number | boolean | null;
type Row = Record<string, Scalar>;

/** A document in the format asked for: a JSON value, or XML with a root element and one element per item. */
export interface Document {
  json: unknown;
  xml: string;
}

const listDocument = (root: string, item: string, rows: Row[]): Document => ({
  json: rows,
  xml: xmlDocument(el(root, children(rows.map((r) => el(item, children(fields(r))))))),
});

/** Open311's error list: `[{code, description}]` or `<errors><error>…`. */
export function errorDocument(status: number, descriptions: string[]): Document {
  return listDocument(
    'errors',
    'error',
    descriptions.map((description) => ({ code: status, description })),
  );
}

/** When the API last changed in a way clients should notice. */
export const CHANGESET = '2026-11-23T00:00:00Z';
export const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

export function discoveryDocument(baseUrl: string, m: Open311Messages): Document {
  const endpoint = {
    specification: SPECIFICATION,
    url: `${baseUrl.replace(/\/$/, '')}/open311/v2`,
    changeset: CHANGESET,
    type: 'production',
    formats: ['text/xml', 'application/json'],
  };
  return {
    json: { changeset: CHANGESET, contact: m.contact, key_service: m.keyService, endpoints: [endpoint] },
    xml: xmlDocument(
      el(
        'discovery',
        children([
          ...fields({ changeset: CHANGESET, contact: m.contact, key_service: m.keyService }),
          el(
            'endpoints',
            children([
              el(
                'endpoint',
                children([
                  ...fields({
                    specification: endpoint.specification,
                    url: endpoint.url,
                    changeset: endpoint.changeset,
                    type: endpoint.type,
                  }),
                  el('formats', children(endpoint.formats.map((f) => el('format', f)))),
                ]),
              ),
            ]),
          ),
        ]),
      ),
    ),
  };
}

interface Category {
  code: string;
  name_km: string;
  name_en: string;
}

const categoryName = (c: Category, lang: Lang) => (lang === 'km' ? c.name_km : c.name_en);

/** The concern categories as Open311 services; every one has a definition (the place and privacy attributes). */
export function servicesDocument(categories: Category[], lang: Lang, m: Open311Messages): Document {
  return listDocument(
    'services',
    'service',
    categories.map((c) => ({
      service_code: c.code,
      service_name: categoryName(c, lang),
      description: m.serviceDescription(categoryName(c, lang)),
      metadata: true,
      type: 'realtime',
      keywords: `${c.name_en}, ${c.name_km}`,
      group: m.group,
    })),
  );
}

/** The attributes a request may carry, by their `attribute[code]` names. */
export const ATTRIBUTE_CODES = [
  'province',
  'district',
  'commune',
  'confidential',
  'consent',
  'preferred_contact',
] as const;

interface Attribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'singlevaluelist';
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

export function definitionDocument(
  serviceCode: string,
  provinces: Pick<Place, 'code' | 'name_km' | 'name_latin'>[],
  lang: Lang,
  m: Open311Messages,
): Document {
  const a = m.attributes;
  const flag = [
    { key: 'false', name: a.no },
    { key: 'true', name: a.yes },
  ];
  const attributes: Attribute[] = [
    {
      variable: true,
      code: 'province',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: null,
      order: 1,
      description: a.province,
      values: provinces.map((p) => ({ key: p.code, name: lang === 'km' ? p.name_km : p.name_latin })),
    },
    {
      variable: true,
      code: 'district',
      datatype: 'string',
      required: false,
      datatype_description: a.codeFormat,
      order: 2,
      description: a.district,
    },
    {
      variable: true,
      code: 'commune',
      datatype: 'string',
      required: false,
      datatype_description: a.codeFormat,
      order: 3,
      description: a.commune,
    },
    {
      variable: true,
      code: 'confidential',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: null,
      order: 4,
      description: a.confidential,
      values: flag,
    },
    {
      variable: true,
      code: 'consent',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: null,
      order: 5,
      description: a.consent,
      values: flag,
    },
    {
      variable: true,
      code: 'preferred_contact',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: null,
      order: 6,
      description: a.preferredContact,
      values: CONTACT_CHOICES.map((key) => ({ key, name: a.contactChoices[key] })),
    },
  ];
  return {
    json: { service_code: serviceCode, attributes },
    xml: xmlDocument(
      el(
        'service_definition',
        children([
          el('service_code', serviceCode),
          el(
            'attributes',
            children(
              attributes.map(({ values, ...rest }) =>
                el(
                  'attribute',
                  children([
                    ...fields(rest),
                    ...(values
                      ? [el('values', children(values.map((v) => el('value', children(fields(v))))))]
                      : []),
                  ]),
                ),
              ),
            ),
          ),
        ]),
      ),
    ),
  };
}

/**
 * The answer to a token: Sala creates a case while the POST waits, so a request's token is its
 * service_request_id (the tracking code), and the POST answers with the id and no token.
 */
export function tokenDocument(serviceRequestId: string): Document {
  return listDocument('service_requests', 'request', [
    { service_request_id: serviceRequestId, token: serviceRequestId },
  ]);
}

/**
 * The answer to a created request. `privateLink` (a Sala extension): the citizen's link to act on it,
 * in the first answer only — an idempotent replay is stored, and so answered, without it. `telegramLink`
 * (also Sala's): the bot's one-time link that ties the case to the citizen's chat, when they chose Telegram.
 */
export function createdDocument(
  serviceRequestId: string,
  notice: string,
  privateLink?: string,
  telegramLink?: string,
): Document {
  return listDocument('service_requests', 'request', [
    {
      service_request_id: serviceRequestId,
      service_notice: notice,
      account_id: null,
      ...(privateLink ? { private_link: privateLink } : {}),
      ...(telegramLink ? { telegram_link: telegramLink } : {}),
    },
  ]);
}

export interface PublicCase {
  id: number;
  tracking_code: string;
  status: CaseStatus;
  submitted_at: string;
  updated_at: string;
  province_code: string;
  district_code: string | null;
  commune_code: string | null;
  category_code: string;
  category_km: string;
  category_en: string;
  office_km: string;
  office_en: string;
}

type PlaceRow = Pick<Place, 'code' | 'name_km' | 'name_latin' | 'lat' | 'lng'>;

/** Statuses in which the place the office forwarded the case to holds it (the commission-answer stage). */
const WITH_DESTINATION: readonly CaseStatus[] = ['forwarded', 'acknowledged', 'awaiting_office'];

/**
 * Who must act now: the commission, ministry or local authority while a forwarded case is with it,
 * the constituency office otherwise (before forwarding, and once a case is returned, answered or closed).
 */
function agencyResponsible(row: PublicCase, handling: PublicHandling | undefined, lang: Lang): string {
  if (handling?.destination_kind && WITH_DESTINATION.includes(row.status)) {
    const name =
      handling.destination_kind === 'commission'
        ? commissionName(lang, {
            code: handling.commission_code,
            name_km: handling.commission_km,
            name_en: handling.commission_en,
          })
        : handling.destination_name;
    if (name) return name;
  }
  return lang === 'km' ? row.office_km : row.office_en;
}

/**
 * The service standard's due date (a Phnom Penh calendar date) as the last second of that day in
 * Phnom Penh, which keeps UTC+7 all year; null while no standard runs (waiting for the citizen, finished).
 */
export function expectedDatetime(dueDate: string | null | undefined): string | null {
  return dueDate ? `${dueDate}T23:59:59+07:00` : null;
}

/**
 * One case as an Open311 request. Deliberately absent: the citizen's name and contacts, and the
 * description (their own words, which may name them or a neighbour); the public tracking page leaves it out too.
 */
export function presentRequest(
  row: PublicCase,
  handling: PublicHandling | undefined,
  places: Map<string, PlaceRow>,
  lang: Lang,
): Row {
  const chain = [row.commune_code, row.district_code, row.province_code]
    .filter((code): code is string => !!code)
    .map((code) => places.get(code))
    .filter((p): p is PlaceRow => !!p);
  const located = chain.find((p) => p.lat !== null && p.lng !== null);
  return {
    service_request_id: row.tracking_code,
    status: open311Status(row.status),
    status_notes: caseStatusText(row.status, lang),
    service_name: lang === 'km' ? row.category_km : row.category_en,
    service_code: row.category_code,
    description: null,
    agency_responsible: agencyResponsible(row, handling, lang),
    service_notice: null,
    requested_datetime: row.submitted_at,
    updated_datetime: row.updated_at,
    expected_datetime: expectedDatetime(handling?.due_date),
    address: chain.map((p) => (lang === 'km' ? p.name_km : p.name_latin)).join(', '),
    address_id: row.commune_code ?? row.district_code ?? row.province_code,
    zipcode: null,
    lat: located ? Number(located.lat) : null,
    long: located ? Number(located.lng) : null,
    media_url: null,
  };
}

export function requestsDocument(rows: Row[]): Document {
  return listDocument('service_requests', 'request', rows);
}
