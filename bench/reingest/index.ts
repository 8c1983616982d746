export { benchReingest, type ReingestReport } from './reingest';
