import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PublishingModule } from '@planbord/api-publishing';
import { SignalsResolver } from './signals.resolver';
import { SignalsService } from './signals.service';
import { ThemeRulesService } from './theme-rules.service';

@Module({
  imports: [IdentityModule, PublishingModule],
  providers: [SignalsService, ThemeRulesService, SignalsResolver],
  exports: [SignalsService, ThemeRulesService],
})
export class NewsroomModule {}
