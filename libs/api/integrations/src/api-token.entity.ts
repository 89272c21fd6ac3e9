import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A token a script sends as `Authorization: Bearer pbt_…` to act as the person who made it. Only its SHA-256 is kept. */
@ObjectType()
@Entity()
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When it was last used, to the minute. */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

@ObjectType({ description: 'A new API token: the token itself is answered this once.' })
export class ApiTokenCreated {
  @Field() token: string;
  @Field(() => ApiToken) apiToken: ApiToken;
}
