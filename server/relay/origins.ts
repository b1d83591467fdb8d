/**
 * Typed transaction origins. Every change applied to a server-side Y.Doc says where it came
 * from, so the relay never echoes an update to its sender and never republishes what the
 * bus delivered.
 */
import type { Connection } from './Connection';

/** Loaded from the store when the board came into memory. */
export const STORE_ORIGIN = { kind: 'store' } as const;
/** Delivered by the bus from another relay node. */
export const BUS_ORIGIN = { kind: 'bus' } as const;
/** Client updates applied together in one transaction (DocRoom's turn of writes); each is still sent back to no one who sent it. */
export const CLIENTS_ORIGIN = { kind: 'clients' } as const;
/** Written by the server itself (migrations, HTTP API commands). */
export const SERVER_ORIGIN = { kind: 'server' } as const;

export type Origin = typeof STORE_ORIGIN | typeof BUS_ORIGIN | typeof SERVER_ORIGIN | typeof CLIENTS_ORIGIN | Connection;
