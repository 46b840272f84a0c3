// The KgError a call throws, for tests that check what an error message says to the user.

import { expect } from "vitest";
import { KgError } from "../../common/errors.js";

/** The KgError that `fn` throws; fails the test when it throws something else or nothing. */
export function errorOf(fn: () => unknown): KgError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return error as KgError;
  }
  throw new Error("expected a KgError");
}

/** Awaits `promise` and checks that it fails with a KgError whose message matches `message`. */
export async function expectKgError(promise: Promise<unknown>, message: RegExp): Promise<KgError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(KgError);
  expect((error as KgError).message).toMatch(message);
  return error as KgError;
}
