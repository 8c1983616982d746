// Selections shared by the views.

export const NODE = '__typename id name label';
export const SPAN = 'start end text document { id title }';

export interface NodeRef {
  __typename: string;
  id: string;
  name: string;
  label: string;
}
