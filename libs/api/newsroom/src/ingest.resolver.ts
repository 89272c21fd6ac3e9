import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentUser,
  ImportPreview,
  ImportRun,
  ImportRuns,
  type ColumnMapping,
  type SessionUser,
} from '@planbord/api-core';
import { IngestSource } from './ingest-source.entity';
import { IngestService } from './ingest.service';
import { ImportMappingInput, IngestSourceCreated } from './ingest.types';

const idArg = ['id', { type: () => ID }] as const;
const mappingArg = ['mapping', { type: () => [ImportMappingInput], nullable: true }] as const;

function toMapping(input: ImportMappingInput[] | null | undefined): ColumnMapping {
  return Object.fromEntries((input ?? []).map(({ field, column }) => [field, column ?? null]));
}

@Resolver(() => IngestSource)
export class IngestResolver {
  constructor(
    private readonly ingest: IngestService,
    private readonly imports: ImportRuns,
  ) {}

  @Query(() => [IngestSource])
  ingestSources(): Promise<IngestSource[]> {
    return this.ingest.list();
  }

  @Mutation(() => IngestSourceCreated, {
    description: 'kind: WEBHOOK or RSS (with url). A webhook’s secret is shown once.',
  })
  createIngestSource(
    @CurrentUser() actor: SessionUser,
    @Args('name') name: string,
    @Args('kind') kind: string,
    @Args('url', { type: () => String, nullable: true }) url: string | null,
  ): Promise<IngestSourceCreated> {
    return this.ingest.create(actor, { name, kind, url });
  }

  @Mutation(() => IngestSourceCreated, { description: 'A new webhook secret, shown once; the old one stops working.' })
  rotateIngestSecret(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string): Promise<IngestSourceCreated> {
    return this.ingest.rotateSecret(actor, id);
  }

  @Mutation(() => IngestSource)
  setIngestSourceActive(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args('active') active: boolean,
  ): Promise<IngestSource> {
    return this.ingest.setActive(actor, id, active);
  }

  @Mutation(() => IngestSource, { description: 'Fetches an RSS/Atom source now ("Nu ophalen").' })
  pollIngestSource(@Args(...idArg) id: string): Promise<IngestSource> {
    return this.ingest.pollNow(id);
  }

  @Mutation(() => ImportPreview, {
    description: 'The dry run again with a changed column mapping, of a file uploaded to POST /import/signals.',
  })
  previewSignalImport(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...mappingArg) mapping: ImportMappingInput[] | null,
  ): Promise<ImportPreview> {
    return this.imports.repreview('signals', actor, id, toMapping(mapping));
  }

  @Mutation(() => ImportRun, { description: 'Imports a previewed file; `signalImport` tells its progress.' })
  commitSignalImport(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...mappingArg) mapping: ImportMappingInput[] | null,
  ): Promise<ImportRun> {
    return this.imports.commit('signals', actor, id, toMapping(mapping));
  }

  @Query(() => ImportRun, { description: 'An import of signals this person started, with its progress.' })
  signalImport(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string): Promise<ImportRun> {
    return this.imports.get('signals', actor, id);
  }
}
