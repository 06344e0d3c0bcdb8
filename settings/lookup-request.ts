import { storage } from 'wxt/utils/storage';

/**
 * A "Look up in NK Context" request from the selection context menu, left for the popup that the
 * background opens next. Session storage: it never outlives the browser session, and in Chrome
 * content scripts cannot read it.
 */
export interface LookupRequest {
  text: string;
  /** The tab the text was selected in (the popup acts on that tab). */
  tabId: number | null;
  /** Epoch ms; a request older than `LOOKUP_REQUEST_TTL_MS` is ignored. */
  at: number;
}

export const LOOKUP_REQUEST_TTL_MS = 60_000;

export const lookupRequestItem = storage.defineItem<LookupRequest | null>('session:lookupRequest', {
  fallback: null,
});

/** Takes the pending request (at most once), if it is recent. */
export async function takeLookupRequest(now: number): Promise<LookupRequest | null> {
  const request = await lookupRequestItem.getValue();
  if (request === null) return null;
  await lookupRequestItem.removeValue();
  if (typeof request.text !== 'string' || now - request.at > LOOKUP_REQUEST_TTL_MS) return null;
  return request;
}
