import { describeRoomBus } from './busContract';
import { LocalBus } from './LocalBus';

describeRoomBus('LocalBus', async () => {
  const bus = new LocalBus();
  return { nodes: [bus, bus], reportsGaps: false, cleanup: () => bus.close() };
});
