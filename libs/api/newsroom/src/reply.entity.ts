import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@planbord/api-identity';

/** A webcare answer, given on the signal's own channel (Planbord records it; it does not post to the networks). */
@ObjectType()
@Entity()
export class Reply {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  signalId: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  sentAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  url: string | null;

  /** Calendar minutes from the signal's arrival to this reply. */
  @Field(() => Int)
  @Column({ type: 'int' })
  minutes: number;

  /** The same, counting office hours only. */
  @Field(() => Int)
  @Column({ type: 'int' })
  officeMinutes: number;

  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  // Resolved per request in newsroom.fields.ts.
  @Field(() => User) author?: User;
}
