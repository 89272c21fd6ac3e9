import { Module } from '@nestjs/common';
import { FeedsAndTokensModule } from './feeds-and-tokens.module';

@Module({
  imports: [
    // calendar feeds and API tokens
    FeedsAndTokensModule,
    // outbound webhooks
    // e-mail
  ],
  providers: [
    // calendar feeds and API tokens
    // outbound webhooks
    // e-mail
  ],
})
export class IntegrationsModule {}
