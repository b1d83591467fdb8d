/** The cluster whose title is being typed on this page: one at a time, and a new cluster's at once. */
import { createSignal } from 'solid-js';

const [editingCluster, setEditingCluster] = createSignal<string | null>(null);
export { editingCluster, setEditingCluster };
