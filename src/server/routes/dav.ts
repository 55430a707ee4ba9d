import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccountDeps } from '../../core/auth/repo.js';
import { resolveAppPassword } from '../../core/auth/resolve-app-password.js';
import { deleteCard } from '../../core/dav/delete-card.js';
import { putCard } from '../../core/dav/put-card.js';
import { type CardFilter, isQueryableProperty, type PropFilter, type TextMatch } from '../../core/dav/query.js';
import { queryCards } from '../../core/dav/query-cards.js';
import { listCards, readCards } from '../../core/dav/read-cards.js';
import { CARD_TOO_LARGE, MAX_CARD_BYTES } from '../../core/dav/schema.js';
import { syncCards } from '../../core/dav/sync-cards.js';
import { isKithError, KithError } from '../../core/errors.js';
import type { Deps } from '../../core/repos.js';
import type { VcardVersion } from '../../formats/vcard-writer.js';
import type { SignInLimiter } from '../auth/sign-in-limiter.js';
import {
  BOOK,
  cardUrl,
  DAV_ROOT,
  HOME,
  missingPropertiesOf,
  needsCardText,
  PRINCIPAL,
  type PropertyContext,
  propertiesOf,
  type Resource,
  readSyncToken,
  syncToken,
} from '../dav/properties.js';
import {
  attribute,
  child,
  childNames,
  errorXml,
  list,
  multistatusXml,
  parseXml,
  requestedNamespaces,
  responseXml,
  textOf,
  type XmlNode,
  type XmlValue,
} from '../dav/xml.js';
import { SIGN_IN_LIMITS } from './auth.js';

export type DavOptions = { accounts: AccountDeps; limiter: SignInLimiter };

/** WebDAV is not part of the JSON API's OpenAPI document (its own tests cover auth and isolation). */
const hidden = { hide: true };

/** A multiget or sync names at most this many bytes of XML. */
const MAX_XML_BYTES = 16 * 1024 * 1024;
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

function requireHttps(request: FastifyRequest): void {
  if (request.protocol === 'https' || LOOPBACK.test(request.ip)) return;
  throw new KithError(
    'FORBIDDEN',
    'CardDAV sends your app password: use https (behind a proxy, set KITH_TRUST_PROXY=1 so kith sees it)',
  );
}

/** Email and password of HTTP Basic, or undefined when the header is missing or not Basic. */
function basicCredentials(request: FastifyRequest): { email: string; password: string } | undefined {
  const [scheme, encoded] = (request.headers.authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'basic' || !encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { email: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** A card's name from its URL (absolute or a path), or undefined when it is not in the address book. */
function cardName(url: string): string | undefined {
  let path = url;
  try {
    path = new URL(url, 'http://kith.invalid').pathname;
  } catch {
    return undefined;
  }
  if (!path.startsWith(BOOK)) return undefined;
  const name = path.slice(BOOK.length);
  if (!name || name.includes('/')) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}

function depthOf(request: FastifyRequest): 0 | 1 {
  return request.headers.depth === '0' ? 0 : 1;
}

/** The properties a PROPFIND or REPORT asks for: `all` for allprop, propname or an empty body. */
function requestedProps(root: XmlValue | undefined): string[] | 'all' {
  const prop = child(root, 'prop');
  return prop === undefined ? 'all' : childNames(prop);
}

/**
 * The vCard version a REPORT or PROPFIND asks its address-data in
 * (`<card:address-data content-type="text/vcard" version="4.0"/>`); 3.0 otherwise.
 */
function addressDataVersion(root: XmlValue | undefined): VcardVersion {
  return attribute(child(child(root, 'prop'), 'address-data'), 'version') === '4.0' ? '4.0' : '3.0';
}

/** The vCard version a GET accepts: 4.0 when Accept names `text/vcard; version=4.0` (and not 3.0 first). */
function acceptedVersion(accept: string | undefined): VcardVersion {
  for (const range of (accept ?? '').split(',')) {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    if (type !== 'text/vcard' && type !== 'text/*' && type !== '*/*') continue;
    const version = parameters
      .find((parameter) => parameter.startsWith('version='))
      ?.slice(8)
      .replace(/"/g, '');
    if (version === '4.0') return '4.0';
    if (version === '3.0' || type === 'text/vcard') return '3.0';
  }
  return '3.0';
}

/** One resource's response: the properties it has (200), and those asked for by name that it lacks (404). */
function propResponse(
  href: string,
  resource: Resource,
  props: string[] | 'all',
  ctx: PropertyContext,
  namespaces: ReadonlyMap<string, string>,
): string {
  const missing = missingPropertiesOf(resource, props, ctx).map((name) => ({
    name,
    namespace: namespaces.get(name) ?? 'DAV:',
  }));
  return responseXml(href, propertiesOf(resource, props, ctx), undefined, missing);
}

function textMatch(value: XmlNode[string]): TextMatch {
  const matchType = attribute(value, 'match-type') ?? 'contains';
  if (!['equals', 'contains', 'starts-with', 'ends-with'].includes(matchType)) {
    throw new KithError('BAD_REQUEST', `text-match: unknown match-type ${matchType}`);
  }
  return {
    text: textOf(value),
    matchType: matchType as TextMatch['matchType'],
    negate: attribute(value, 'negate-condition') === 'yes',
  };
}

function cardFilter(report: XmlNode): CardFilter {
  const filter = child(report, 'filter');
  const props: PropFilter[] = list(child(filter, 'prop-filter')).map((prop) => {
    const name = attribute(prop, 'name') ?? '';
    if (!isQueryableProperty(name)) {
      throw new KithError('FORBIDDEN', `kith cannot filter on the ${name} property`, {
        precondition: 'supported-filter',
      });
    }
    return {
      name,
      test: attribute(prop, 'test') === 'allof' ? 'allof' : 'anyof',
      matches: list(child(prop, 'text-match')).map(textMatch),
      isNotDefined: child(prop, 'is-not-defined') !== undefined,
    };
  });
  return { test: attribute(filter, 'test') === 'allof' ? 'allof' : 'anyof', filters: props };
}

/** WebDAV bodies are XML or vCards, whatever their Content-Type says: read as text, parsed by the route. */
function acceptAnyBody(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
}

function sendMultistatus(reply: FastifyReply, xml: string): FastifyReply {
  return reply.status(207).type('application/xml; charset=utf-8').send(xml);
}

/**
 * The CardDAV server (RFC 6352 over WebDAV, sync-collection of RFC 6578) under /dav/: one
 * address book, "kith", of the signed-in user's people. Every request signs in with HTTP
 * Basic (email and an app password) and reaches that user's cards only.
 */
export async function davRoutes(app: FastifyInstance, options: DavOptions): Promise<void> {
  const { accounts, limiter } = options;
  app.addHttpMethod('PROPFIND', { hasBody: true });
  app.addHttpMethod('REPORT', { hasBody: true });

  // RFC 6764: a client that discovers asks here with any method (vdirsyncer PROPFINDs with
  // an XML body), so this redirect gets a plugin of its own that takes any body and
  // answers every method, before any sign-in.
  await app.register(async (wellKnown) => {
    acceptAnyBody(wellKnown);
    wellKnown.all('/.well-known/carddav', { schema: hidden }, (_request, reply) => reply.redirect(DAV_ROOT, 301));
  });

  await app.register(async (dav) => {
    acceptAnyBody(dav);

    dav.setErrorHandler((error, request, reply) => {
      const status = isKithError(error) ? error.status : ((error as { statusCode?: number }).statusCode ?? 500);
      if (status >= 500) request.log.error({ err: error }, 'unhandled error');
      if (status === 401) reply.header('www-authenticate', 'Basic realm="kith", charset="UTF-8"');
      const retryAfter = isKithError(error)
        ? (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds
        : undefined;
      if (retryAfter) reply.header('retry-after', String(retryAfter));
      const { precondition, card } = isKithError(error)
        ? ((error.details ?? {}) as { precondition?: string; card?: string })
        : {};
      if (precondition) {
        const xml = errorXml(precondition, card === undefined ? undefined : cardUrl(card));
        return reply.status(status).type('application/xml; charset=utf-8').send(xml);
      }
      // Fastify's own 413 is a body over the route's limit; kith's (a photo over 10 MiB) says why itself.
      const message =
        status === 413 && !isKithError(error)
          ? request.method === 'PUT'
            ? CARD_TOO_LARGE
            : 'The request is too large'
          : status >= 500
            ? 'Something went wrong on our side'
            : (error as Error).message;
      return reply.status(status).type('text/plain; charset=utf-8').send(`${message}\n`);
    });

    dav.addHook('onRequest', async (request) => {
      if (request.method === 'OPTIONS') return;
      requireHttps(request);
      const credentials = basicCredentials(request);
      if (!credentials) throw new KithError('UNAUTHENTICATED', 'Sign in with your email and an app password');
      // The same counts as signing in: a wrong app password is a wrong password.
      const account = `account:${credentials.email.trim().toLowerCase()}`;
      const limits = [
        { key: account, max: SIGN_IN_LIMITS.account },
        { key: `address:${request.ip}`, max: SIGN_IN_LIMITS.address },
      ];
      const user = await limiter.attempt(
        limits,
        () => resolveAppPassword(accounts, credentials.email, credentials.password),
        [account],
      );
      request.user = user;
      request.deps = { repos: accounts.repos.forOwner(user.id), now: accounts.now };
    });

    const context = async (request: FastifyRequest): Promise<PropertyContext> => ({
      displayName: request.user?.displayName ?? request.user?.email ?? 'kith',
      clock: await request.deps.repos.dav.clock(),
    });

    dav.route({
      method: 'OPTIONS',
      url: '/dav/*',
      schema: hidden,
      handler: (_request, reply) =>
        reply
          .header('dav', '1, 3, addressbook')
          .header('allow', 'OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, REPORT')
          .status(200)
          .send(),
    });

    /** PROPFIND on a collection: itself, and at depth 1 its members. */
    const collections: Record<string, { resource: Resource; members: (deps: Deps) => Promise<[string, Resource][]> }> =
      {
        [DAV_ROOT]: {
          resource: { kind: 'root' },
          members: async () => [
            [PRINCIPAL, { kind: 'principal' }],
            [HOME, { kind: 'home' }],
          ],
        },
        [PRINCIPAL]: { resource: { kind: 'principal' }, members: async () => [] },
        [HOME]: { resource: { kind: 'home' }, members: async () => [[BOOK, { kind: 'book' }]] },
        [BOOK]: {
          resource: { kind: 'book' },
          members: async (deps) =>
            (await listCards(deps)).map((card) => [
              cardUrl(card.href),
              { kind: 'card', href: card.href, etag: card.etag },
            ]),
        },
      };
    for (const [path, collection] of Object.entries(collections)) {
      dav.route({
        method: 'PROPFIND',
        url: path,
        schema: hidden,
        bodyLimit: MAX_XML_BYTES,
        handler: async (request, reply) => {
          const propfind = child(parseXml(request.body as string), 'propfind');
          const props = requestedProps(propfind);
          const namespaces = requestedNamespaces(request.body as string);
          const ctx = await context(request);
          const members = depthOf(request) === 1 ? await collection.members(request.deps) : [];
          const cards = needsCardText(props)
            ? new Map(
                (
                  await readCards(
                    request.deps,
                    members.map(([, m]) => (m.kind === 'card' ? m.href : '')).filter(Boolean),
                    addressDataVersion(propfind),
                  )
                ).map((c) => [c.href, c]),
              )
            : undefined;
          const responses = [[path, collection.resource] as [string, Resource], ...members].map(([href, resource]) => {
            const withText =
              resource.kind === 'card' && cards ? { ...resource, card: cards.get(resource.href)?.card } : resource;
            return propResponse(href, withText, props, ctx, namespaces);
          });
          return sendMultistatus(reply, multistatusXml(responses));
        },
      });
    }

    dav.route({
      method: 'PROPFIND',
      url: `${BOOK}:name`,
      schema: hidden,
      bodyLimit: MAX_XML_BYTES,
      handler: async (request, reply) => {
        const { name } = request.params as { name: string };
        const propfind = child(parseXml(request.body as string), 'propfind');
        const props = requestedProps(propfind);
        const [card] = await readCards(request.deps, [name], addressDataVersion(propfind));
        if (!card) throw new KithError('NOT_FOUND', 'There is no such card');
        const resource: Resource = { kind: 'card', ...card };
        const namespaces = requestedNamespaces(request.body as string);
        return sendMultistatus(
          reply,
          multistatusXml([propResponse(cardUrl(name), resource, props, await context(request), namespaces)]),
        );
      },
    });

    dav.route({
      method: 'REPORT',
      url: BOOK,
      schema: hidden,
      bodyLimit: MAX_XML_BYTES,
      handler: async (request, reply) => {
        const body = parseXml(request.body as string);
        const ctx = await context(request);
        const namespaces = requestedNamespaces(request.body as string);
        const cardResponse = (card: { href: string; etag: string; card?: string }, props: string[] | 'all') =>
          propResponse(cardUrl(card.href), { kind: 'card', ...card }, props, ctx, namespaces);

        const multiget = child(body, 'addressbook-multiget');
        if (multiget !== undefined) {
          const props = requestedProps(multiget);
          const names = list(child(multiget, 'href')).map((href) => [textOf(href), cardName(textOf(href))] as const);
          const found = new Map(
            (
              await readCards(
                request.deps,
                names.flatMap(([, name]) => name ?? []),
                addressDataVersion(multiget),
              )
            ).map((card) => [card.href, card]),
          );
          const responses = names.map(([href, name]) => {
            const card = name === undefined ? undefined : found.get(name);
            return card ? cardResponse(card, props) : responseXml(href, [], '404 Not Found');
          });
          return sendMultistatus(reply, multistatusXml(responses));
        }

        const query = child(body, 'addressbook-query');
        if (query !== undefined) {
          const props = requestedProps(query);
          const limit = Number(textOf(child(child(query, 'limit'), 'nresults'))) || undefined;
          const cards = await queryCards(request.deps, cardFilter(query as XmlNode), limit, addressDataVersion(query));
          return sendMultistatus(reply, multistatusXml(cards.map((card) => cardResponse(card, props))));
        }

        const sync = child(body, 'sync-collection');
        if (sync !== undefined) {
          const props = requestedProps(sync);
          const token = textOf(child(sync, 'sync-token')).trim();
          const since = token === '' ? null : readSyncToken(token);
          if (since === undefined) {
            throw new KithError('FORBIDDEN', 'This sync token is not valid here', { precondition: 'valid-sync-token' });
          }
          const changes = await syncCards(request.deps, since);
          const texts = needsCardText(props)
            ? new Map(
                (
                  await readCards(
                    request.deps,
                    changes.changed.map((card) => card.href),
                    addressDataVersion(sync),
                  )
                ).map((c) => [c.href, c]),
              )
            : undefined;
          const responses = [
            ...changes.changed.map((card) => cardResponse(texts?.get(card.href) ?? card, props)),
            ...changes.gone.map((href) => responseXml(cardUrl(href), [], '404 Not Found')),
          ];
          return sendMultistatus(
            reply,
            multistatusXml(responses, `<d:sync-token>${syncToken(changes.clock)}</d:sync-token>`),
          );
        }
        throw new KithError('FORBIDDEN', 'kith answers addressbook-multiget, addressbook-query and sync-collection', {
          precondition: 'supported-report',
        });
      },
    });

    dav.get(`${BOOK}:name`, { schema: hidden }, async (request, reply) => {
      const { name } = request.params as { name: string };
      const version = acceptedVersion(request.headers.accept);
      const [card] = await readCards(request.deps, [name], version);
      if (!card) throw new KithError('NOT_FOUND', 'There is no such card');
      // One ETag per card revision, whichever version it is read in (ADR 0031): a client's If-Match names the card.
      return reply
        .header('etag', card.etag)
        .header('vary', 'Accept')
        .type(`text/vcard; charset=utf-8${version === '4.0' ? '; version=4.0' : ''}`)
        .send(card.card);
    });

    dav.put(`${BOOK}:name`, { schema: hidden, bodyLimit: MAX_CARD_BYTES }, async (request, reply) => {
      const { name } = request.params as { name: string };
      const result = await putCard(request.deps, {
        href: name,
        body: typeof request.body === 'string' ? request.body : '',
        ifMatch: request.headers['if-match'],
        ifNoneMatch: request.headers['if-none-match'],
      });
      if (result.etag) reply.header('etag', result.etag);
      return reply.status(result.created ? 201 : 204).send();
    });

    dav.delete(`${BOOK}:name`, { schema: hidden }, async (request, reply) => {
      const { name } = request.params as { name: string };
      await deleteCard(request.deps, name, request.headers['if-match']);
      return reply.status(204).send();
    });
  });
}
