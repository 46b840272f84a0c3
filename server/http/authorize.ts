// Who may write: the bearer token of a request checked against KG_API_TOKEN's tokens in constant time.

import { createHash, timingSafeEqual } from "node:crypto";
import type { Request } from "express";
import type { ApiToken } from "../server-config.js";
import { HttpError } from "./errors.js";

/** A check of requests that gives the label of the token a request carries, or throws the 401 or 403 to answer. */
export type Authorize = (request: Request) => string;

const digest = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

/**
 * The check for `tokens`. Tokens are compared as sha256 digests with timingSafeEqual, every token every time, so the
 * answer's timing says nothing about how much of a guess was right; none configured refuses every write (403).
 */
export function createAuthorize(tokens: readonly ApiToken[]): Authorize {
  const known = tokens.map((token) => ({ label: token.label, digest: digest(token.secret) }));
  return (request) => {
    if (known.length === 0)
      throw new HttpError(
        403,
        "writes-disabled",
        "this server takes no changes: start it with KG_API_TOKEN set to a long random token to allow curation",
      );
    const header = request.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthorized("send the token as `Authorization: Bearer <token>`");
    const given = digest(match[1] as string);
    let label: string | undefined;
    for (const token of known) if (timingSafeEqual(token.digest, given)) label ??= token.label;
    if (label === undefined) throw unauthorized("the token is not one of KG_API_TOKEN's");
    return label;
  };
}

const unauthorized = (message: string) => new HttpError(401, "unauthorized", message);
