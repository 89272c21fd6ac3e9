import { Module } from '@nestjs/common';

@Module({
  providers: [
    // calendar feeds and API tokens
    // outbound webhooks
    // e-mail
  ],
})
export class IntegrationsModule {}
