import type { RoomBus } from './bus/RoomBus';
import type { Config } from './config';
import type { Logger } from './log';
import type { Metrics } from './metrics';
import type { Relay } from './relay/Relay';
import type { DocStore } from './store/DocStore';

/** Everything the HTTP routes need, built once at start-up and passed down. */
export interface ServerDeps {
  config: Config;
  store: DocStore;
  bus: RoomBus;
  relay: Relay;
  metrics: Metrics;
  log: Logger;
}
