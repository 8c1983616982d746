import { Agency } from './agency.type';
import { connectionOf } from './connection';
import { Document } from './document.type';
import { Indicator } from './indicator.type';
import { Plan } from './plan.type';
import { Platform } from './platform.type';
import { Project } from './project.type';
import { Result } from './result.type';
import { Task } from './task.type';

export const PlanConnection = connectionOf(Plan, 'Plan', 'plan');
export const ProjectConnection = connectionOf(Project, 'Project', 'engineering project');
export const TaskConnection = connectionOf(Task, 'Task', 'task');
export const ResultConnection = connectionOf(Result, 'Result', 'result');
export const IndicatorConnection = connectionOf(Indicator, 'Indicator', 'indicator');
export const PlatformConnection = connectionOf(Platform, 'Platform', 'platform');
export const AgencyConnection = connectionOf(Agency, 'Agency', 'agency', 'agencies');
export const DocumentConnection = connectionOf(Document, 'Document', 'document');
