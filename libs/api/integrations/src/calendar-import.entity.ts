import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One import of a calendar file: what it made (events, and draft posts where a row had a channel and a text). */
@ObjectType({ description: 'An import of a calendar file (`POST /import/calendar`)' })
@Entity('calendar_imports')
export class CalendarImport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'char', length: 64 })
  contentHash: string;

  /** The content key of every row it made something of. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  rowKeys: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  eventIds: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  postIds: string[];

  @Field(() => Int, { description: 'Rows that were in Planbord already (imported before, or twice in the file)' })
  @Column({ type: 'int', default: 0 })
  skipped: number;

  @Field(() => Int, { description: 'Rows with a problem, left out' })
  @Column({ type: 'int', default: 0 })
  failed: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int, { description: 'Events it made' })
  get events(): number {
    return this.eventIds.length;
  }

  @Field(() => Int, { description: 'Draft posts it made' })
  get posts(): number {
    return this.postIds.length;
  }
}
