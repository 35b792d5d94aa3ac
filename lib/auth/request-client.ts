import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { clientAddressFrom } from "../http/client-address";
import type { SignInClient } from "./authenticate";
import { readDeviceCookie } from "./session-cookie";

/** The requesting client's address as our web server worked it out from the socket (null under `next dev`). */
export async function requestClientAddress(): Promise<string | null> {
  return clientAddressFrom(await headers());
}

/** Everything authenticate() needs to know about who is asking. */
export async function signInClient(): Promise<SignInClient> {
  return { address: await requestClientAddress(), deviceToken: await readDeviceCookie(), secret: env().NEXTAUTH_SECRET };
}
