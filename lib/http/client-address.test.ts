import { afterEach, describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  markClientAddressesTrusted,
  parseTrustedProxies,
  resolveClientAddress,
  TrustedProxiesError,
} from "./client-address";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.10 fd00::/8");

describe("resolveClientAddress", () => {
  it("uses the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.7", undefined, none)).toBe("203.0.113.7");
    // The attack in issue 11: a new made-up address on every try resets a per-address limit.
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4, 5.6.7.8", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:127.0.0.1", "1.2.3.4", none)).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress("198.51.100.2", "1.2.3.4", proxies)).toBe("198.51.100.2");
  });

  it("reads X-Forwarded-For from the right when the peer is a trusted proxy, skipping trusted hops", () => {
    // The client wrote "1.2.3.4"; the load balancer appended the real peer 203.0.113.9.
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", "203.0.113.9, 192.168.1.10", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:10.0.0.2", ["198.51.100.1", "10.1.1.1"], proxies)).toBe("198.51.100.1");
    expect(resolveClientAddress("fd00::1", "2001:db8::5", proxies)).toBe("2001:db8::5");
  });

  it("stops at a malformed hop and keeps the last address it could believe", () => {
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, not-an-address, 10.0.0.3", proxies)).toBe("10.0.0.3");
    expect(resolveClientAddress("10.0.0.2", "", proxies)).toBe("10.0.0.2");
  });

  it("has no answer without a socket address", () => {
    expect(resolveClientAddress(undefined, "1.2.3.4", proxies)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("refuses settings that are not addresses or ranges", () => {
    for (const setting of ["proxy.internal", "10.0.0.0/33", "10.0.0.0/8/1", "fd00::/129", "10.0.0.0/x"]) {
      expect(() => parseTrustedProxies(setting), setting).toThrow(TrustedProxiesError);
    }
  });
});

describe("clientAddressFrom", () => {
  const marker = Symbol.for("cpd-week.client-address-from-socket");
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[marker];
  });

  it("believes the header only when our server set it", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" });
    expect(clientAddressFrom(headers)).toBeNull();
    markClientAddressesTrusted();
    expect(clientAddressFrom(headers)).toBe("203.0.113.7");
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "local" }))).toBeNull();
  });
});
