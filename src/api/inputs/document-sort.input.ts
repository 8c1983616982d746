import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../types/enums';

export enum DocumentSortField {
  ID = 'id',
  TITLE = 'title',
  DATE = 'date',
  PERIOD = 'period',
  KIND = 'kind',
}
registerEnumType(DocumentSortField, {
  name: 'DocumentSortField',
  description: 'Field the documents are sorted by (文档排序字段); ties are broken by id.',
  valuesConfig: {
    ID: { description: 'Stable id, the file name (标识).' },
    TITLE: { description: 'Title (标题).' },
    DATE: { description: 'Publication date; undated last (发布日期).' },
    PERIOD: { description: 'Period the document is about; none last (时期).' },
    KIND: { description: 'Genre (文档类型).' },
  },
});

@InputType('DocumentSort', { description: 'Sort order for documents (文档排序).' })
export class DocumentSort {
  @Field(() => DocumentSortField, { description: 'Field to sort by (排序字段).' })
  field!: DocumentSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction (排序方向).' })
  direction!: SortDirection;
}
