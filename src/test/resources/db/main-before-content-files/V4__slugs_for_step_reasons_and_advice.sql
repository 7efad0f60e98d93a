-- Every enum is stored by its slug (lower case, hyphens), as the catalog's always were. Step reasons
-- and advice were stored by their Java constant names; this turns WARM_UP into warm-up and
-- SEE_PROFESSIONAL_FIRST,MOVE_REGULARLY into see-professional-first,move-regularly.
update routine_step set reason = lower(replace(reason, '_', '-'));
update routine set advice = lower(replace(advice, '_', '-'));
