// `NODE_OPTIONS=--require test/support/outbound-guard.js`: records every attempt of the process to
// reach anything outside the machine (a TCP or TLS connection, a UDP datagram, a DNS lookup of a
// name that is not local) as a JSON line in $OUTBOUND_LOG, and refuses it, so that a test can
// assert that no service calls out, and nothing leaves the machine even when one tries.
const dgram = require('node:dgram');
const dns = require('node:dns');
const fs = require('node:fs');
const net = require('node:net');

const LOG = process.env.OUTBOUND_LOG;
if (!LOG) throw new Error('outbound-guard: set OUTBOUND_LOG to the file that records attempts');

const LOCAL_NAMES = new Set(['localhost', '0.0.0.0', '::', '::1', '']);

function isLocal(host) {
  if (host === undefined || host === null) return true;
  const name = String(host).toLowerCase().replace(/^\[|\]$/g, '');
  if (LOCAL_NAMES.has(name) || name.endsWith('.localhost')) return true;
  return /^127\./.test(name) || /^::ffff:127\./.test(name);
}

function record(kind, host, port) {
  fs.appendFileSync(LOG, `${JSON.stringify({ kind, host: String(host), port: port ?? null, pid: process.pid, at: new Date().toISOString() })}\n`);
}

function refusal(host) {
  return Object.assign(new Error(`outbound-guard: ${host} is outside the machine`), { code: 'ECONNREFUSED' });
}

// Every TCP and TLS connection (http, https, fetch/undici, mysql2) goes through Socket#connect.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = first !== null && typeof first === 'object' ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
  if (!options.path && !isLocal(options.host)) {
    record('tcp', options.host, options.port);
    process.nextTick(() => this.destroy(refusal(options.host)));
    return this;
  }
  return connect.apply(this, args);
};

const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function guardedSend(...args) {
  const address = args.find((arg, index) => index > 0 && typeof arg === 'string');
  if (address !== undefined && !isLocal(address)) {
    record('udp', address, args.find((arg, index) => index > 0 && typeof arg === 'number'));
    const callback = args.find((arg) => typeof arg === 'function');
    if (callback) process.nextTick(callback, refusal(address));
    return;
  }
  return send.apply(this, args);
};

function guardLookup(target, name, kind) {
  const original = target[name];
  target[name] = function guarded(hostname, ...rest) {
    if (!isLocal(hostname) && !net.isIP(String(hostname))) {
      record(kind, hostname);
      const callback = rest.find((arg) => typeof arg === 'function');
      const error = Object.assign(new Error(`outbound-guard: no lookup of ${hostname}`), { code: 'ENOTFOUND', hostname });
      if (callback) return void process.nextTick(callback, error);
      return Promise.reject(error);
    }
    return original.call(this, hostname, ...rest);
  };
}

for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'resolveSrv']) {
  guardLookup(dns, name, 'dns');
  guardLookup(dns.promises, name, 'dns');
  guardLookup(dns.Resolver.prototype, name, 'dns');
  guardLookup(dns.promises.Resolver.prototype, name, 'dns');
}
