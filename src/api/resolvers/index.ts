import { AdminResolver } from './admin.resolver';
import { AgencyResolver } from './agency.resolver';
import { ConnectionsResolver } from './connections.resolver';
import { ContinuationResolver } from './continuation.resolver';
import { DocumentResolver } from './document.resolver';
import { MeasurementResolver, ResponsibilityResolver, TargetResolver } from './edges.resolver';
import { IndicatorPointResolver } from './indicator-point.resolver';
import { IndicatorResolver } from './indicator.resolver';
import { LineageResolver } from './lineage.resolver';
import { LookupResolver } from './lookup.resolver';
import { PathResolver, PathStepResolver } from './path.resolver';
import {
  PlanDiffResolver,
  PlanSeriesResolver,
  EngineeringProjectChangeResolver,
  TargetChangeResolver,
  TaskChangeResolver,
} from './plan-diff.resolver';
import { PlanResolver } from './plan.resolver';
import { PlatformResolver } from './platform.resolver';
import { ProjectResolver } from './project.resolver';
import { RELATION_RESOLVERS, RelationEdgeResolver } from './relations.resolver';
import { ResultResolver } from './result.resolver';
import { SearchEdgeResolver, SearchResolver } from './search.resolver';
import { SourceSpanResolver } from './source-span.resolver';
import { SOURCES_RESOLVERS } from './sources.resolver';
import { StatsResolver } from './stats.resolver';
import { TaskResolver } from './task.resolver';

// Every resolver class the schema is built from.
export const RESOLVERS = [
  AdminResolver,
  AgencyResolver,
  ConnectionsResolver,
  ContinuationResolver,
  DocumentResolver,
  IndicatorPointResolver,
  IndicatorResolver,
  LineageResolver,
  LookupResolver,
  MeasurementResolver,
  PathResolver,
  PathStepResolver,
  PlanResolver,
  PlatformResolver,
  ProjectResolver,
  ResponsibilityResolver,
  ResultResolver,
  SearchResolver,
  SourceSpanResolver,
  StatsResolver,
  TargetResolver,
  TaskResolver,
  RelationEdgeResolver,
  SearchEdgeResolver,
  PlanDiffResolver,
  PlanSeriesResolver,
  EngineeringProjectChangeResolver,
  TargetChangeResolver,
  TaskChangeResolver,
  ...RELATION_RESOLVERS,
  ...SOURCES_RESOLVERS,
] as const;
