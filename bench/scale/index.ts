// Scale section: public surface.
export { benchScale, type ScaleRow, type Latency } from './scale';
export { synthSlices, type SynthSlice } from './synth-graph';
