-- Catalog content: body areas, tools, health conditions and what they rule out, red flags,
-- and the technique library with phases, areas, tools, step-by-step instructions and cautions.
-- Plain standard SQL (runs on H2 2.x and PostgreSQL). Ids are never hard-coded: join rows
-- are filled with subselects on slugs.

-- Body areas
insert into body_area (slug, name, description, position) values ('head', 'Head', 'The scalp, forehead and temples, where tension headaches are usually felt.', 1);
insert into body_area (slug, name, description, position) values ('neck', 'Neck', 'The back and sides of the neck, from the base of the skull down to where it meets the shoulders.', 2);
insert into body_area (slug, name, description, position) values ('shoulders', 'Shoulders', 'The tops of the shoulders and the muscles around the shoulder blades, where desk tension tends to collect.', 3);
insert into body_area (slug, name, description, position) values ('chest', 'Chest (pectorals)', 'The broad muscles across the front of the chest below the collarbones, which tighten when you hunch forward.', 4);
insert into body_area (slug, name, description, position) values ('upper-back', 'Upper back (mid-back)', 'The middle of the back, between and below the shoulder blades down to the bottom of the ribs.', 5);
insert into body_area (slug, name, description, position) values ('lower-back', 'Lower back', 'The small of the back, from the bottom of the ribs down to the flat bone at the base of the spine (the sacrum).', 6);
insert into body_area (slug, name, description, position) values ('abdomen', 'Abdomen', 'The belly, between the bottom of the ribs and the hip bones.', 7);
insert into body_area (slug, name, description, position) values ('glutes', 'Glutes', 'The buttock muscles, which move and steady the hips and often tighten along with a sore lower back.', 8);
insert into body_area (slug, name, description, position) values ('hips', 'Hips', 'The front and sides of the hips, including the muscles that lift the leg and the crease where the leg meets the body.', 9);
insert into body_area (slug, name, description, position) values ('thighs', 'Thighs', 'The front and inner thigh, from the hip down to just above the knee.', 10);
insert into body_area (slug, name, description, position) values ('hamstrings', 'Hamstrings', 'The back of the thigh, from the crease under the buttock down to the back of the knee.', 11);
insert into body_area (slug, name, description, position) values ('it-band', 'IT band', 'The tough strip of tissue running down the outside of the thigh, from the hip to just below the knee.', 12);
insert into body_area (slug, name, description, position) values ('calves', 'Calves', 'The back of the lower leg, between the knee and the heel.', 13);
insert into body_area (slug, name, description, position) values ('feet', 'Feet', 'The heel, arch and ball of the foot, and the toes.', 14);

-- Tools (hands and household items always count as available)
insert into tool (slug, name, description, always_available, position) values ('hands', 'Hands', 'Your own hands, or a partner''s. No equipment needed.', true, 1);
insert into tool (slug, name, description, always_available, position) values ('lotion', 'Lotion or natural oil', 'A little body lotion, or a plant oil such as almond or sunflower, so hands glide over bare skin instead of dragging.', false, 2);
insert into tool (slug, name, description, always_available, position) values ('foam-roller', 'Foam roller', 'A firm foam cylinder that you lie or sit on and roll slowly to and fro on.', false, 3);
insert into tool (slug, name, description, always_available, position) values ('tennis-ball', 'Tennis ball', 'An ordinary tennis ball: firm enough to press into a sore spot, with a little give.', false, 4);
insert into tool (slug, name, description, always_available, position) values ('golf-ball', 'Golf ball', 'A golf ball. It is small and very hard, so it is only used with light pressure.', false, 5);
insert into tool (slug, name, description, always_available, position) values ('massage-gun', 'Massage gun', 'A hand-held electric massager whose head taps quickly and repeatedly into the muscle.', false, 6);
insert into tool (slug, name, description, always_available, position) values ('neck-massager', 'Neck and shoulder massager', 'An electric massager made to sit around the neck and over the shoulders, often a U-shaped pillow or wrap with kneading heads.', false, 7);
insert into tool (slug, name, description, always_available, position) values ('back-massager', 'Back massager', 'An electric back massager, such as a cushion or seat pad with rolling or kneading heads that you lean against.', false, 8);
insert into tool (slug, name, description, always_available, position) values ('heated-massager', 'Heated massager', 'A massage pad or wrap with a warming setting, for gentle heat and light massage.', false, 9);
insert into tool (slug, name, description, always_available, position) values ('couch', 'Couch', 'A couch, sofa or low bed to rest your legs on.', true, 10);
insert into tool (slug, name, description, always_available, position) values ('chair', 'Chair', 'A sturdy chair with a firm seat and no wheels.', true, 11);
insert into tool (slug, name, description, always_available, position) values ('wall', 'Wall', 'A clear piece of wall to lean on for balance or to press a ball against.', true, 12);

-- Health conditions (contraindications); local ones apply to the areas the person names
insert into health_condition (slug, name, summary, advice, local, position) values ('fracture', 'Broken bone (fracture)',
    'A bone that is broken or cracked and has not fully healed. Pressing on it or moving it can shift the break, cause pain and slow the healing.',
    'Leave the injured area completely alone until your doctor says the bone has healed. Massage and stretches on other parts of the body are fine.',
    true, 1);
insert into health_condition (slug, name, summary, advice, local, position) values ('burn', 'Burn',
    'Skin damaged by heat, chemicals or the sun. Rubbing or stretching burnt skin hurts, can tear it and makes infection more likely.',
    'Keep massage, rolling and stretching away from the burnt area until the skin has fully healed. Other areas are fine. See a doctor or nurse for a burn that is large, blistered or not healing.',
    true, 2);
insert into health_condition (slug, name, summary, advice, local, position) values ('healing-wound', 'Healing wound',
    'A cut, graze, surgical scar or other wound that is still closing. Pressure or stretching near it can pull it open or let germs in.',
    'Avoid the wound and the skin around it until it has fully closed and your doctor or nurse is happy with it. Work on other areas only.',
    true, 3);
insert into health_condition (slug, name, summary, advice, local, position) values ('bleeding-disorder', 'Bleeding disorder',
    'A condition such as haemophilia or von Willebrand disease, in which the blood does not clot properly. Deep pressure can cause bruising or bleeding under the skin and into the muscle.',
    'Use light pressure only, and leave out foam rollers, golf balls and massage guns. If you are unsure what is safe for you, ask your doctor or haematology team first.',
    false, 4);
insert into health_condition (slug, name, summary, advice, local, position) values ('blood-thinners', 'Taking blood thinners',
    'Medicines such as warfarin, apixaban, rivaroxaban, dabigatran or heparin slow down clotting. Firm pressure can then bruise you easily or cause bleeding into the muscle.',
    'Keep the pressure light and leave out foam rollers, golf balls and massage guns. Mention to your doctor or pharmacist that you plan to self-massage, and stop if you notice new bruises.',
    false, 5);
insert into health_condition (slug, name, summary, advice, local, position) values ('dvt', 'Deep vein thrombosis (DVT)',
    'A blood clot in a deep vein, usually in the leg. Massaging, rolling or using tools on the leg could loosen the clot and send it to the lungs, which can be life-threatening.',
    'See a doctor before doing any massage, rolling or tool work on your legs or hips. If a calf is warm, red, swollen or painful right now, get medical help today.',
    false, 6);
insert into health_condition (slug, name, summary, advice, local, position) values ('severe-osteoporosis', 'Severe osteoporosis',
    'Bones that have become thin and fragile. Firm pressure, rolling or pressing a ball on the spine or ribs, or twisting the spine can crack a bone.',
    'Keep the pressure light, do not roll or press balls into your back or chest, and skip twisting stretches. Ask your doctor or physiotherapist which movements suit you.',
    false, 7);
insert into health_condition (slug, name, summary, advice, local, position) values ('severe-thrombocytopenia', 'Severe thrombocytopenia (very low platelets)',
    'A very low number of platelets, the blood cells that help it clot. Even moderate pressure can leave bruises or cause bleeding under the skin.',
    'Light pressure only, with no foam roller, golf ball or massage gun. Check with the doctor who looks after your platelet count before you start.',
    false, 8);
insert into health_condition (slug, name, summary, advice, local, position) values ('cancer', 'Cancer',
    'Cancer now, or treatment for it. Tissues can be fragile, bruise easily or stay sore after treatment, and pressing on or near a tumour must be avoided.',
    'Only use massage once your care team has told you it is safe for you. Then keep the pressure light, and never massage over a tumour, skin treated with radiotherapy, or a bruised area. Gentle stretches are fine.',
    false, 9);
insert into health_condition (slug, name, summary, advice, local, position) values ('pregnancy', 'Pregnancy',
    'Being pregnant. Pressing on the belly and the strong vibration of a massage gun are best avoided, and lying flat on your back can press on a large vein and leave you dizzy, especially later in pregnancy.',
    'Skip belly massage and massage guns, and use positions other than lying flat on your back. Ask your midwife or doctor if you are unsure, and stop if anything feels wrong.',
    false, 10);

-- What each condition rules out
-- fracture
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason)
    select c.id, 'affected', false, 'A broken bone needs to stay still to heal; pressing on it or stretching near it can move the break.'
    from health_condition c where c.slug = 'fracture';
-- burn
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason)
    select c.id, 'affected', false, 'Burnt skin is fragile: rubbing or stretching it hurts and can let infection in.'
    from health_condition c where c.slug = 'burn';
-- healing-wound
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason)
    select c.id, 'affected', false, 'Pressing or stretching near a wound that has not closed can pull it open or let germs in.'
    from health_condition c where c.slug = 'healing-wound';
-- dvt
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, technique_kind)
    select c.id, 'listed', false, 'A clot in a leg vein could come loose when the legs or hips are massaged, rolled or worked with a tool.', 'massage'
    from health_condition c where c.slug = 'dvt';
insert into condition_restriction_area (restriction_id, body_area_id)
    select r.id, a.id from condition_restriction r join health_condition c on c.id = r.condition_id, body_area a
    where c.slug = 'dvt' and r.area_scope = 'listed' and r.technique_kind = 'massage' and a.slug in ('thighs', 'hamstrings', 'it-band', 'calves', 'feet', 'hips');
-- blood-thinners
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, max_pressure)
    select c.id, 'any', false, 'Blood thinners make you bruise and bleed easily, so moderate or firm pressure can bruise you or cause bleeding under the skin.', 'light'
    from health_condition c where c.slug = 'blood-thinners';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'Blood thinners make you bruise and bleed easily, and the fast, strong tapping of a massage gun can bruise you or cause bleeding in the muscle.', t.id
    from health_condition c, tool t where c.slug = 'blood-thinners' and t.slug = 'massage-gun';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'Blood thinners make you bruise and bleed easily, and a golf ball is hard enough to bruise the small spot it presses into.', t.id
    from health_condition c, tool t where c.slug = 'blood-thinners' and t.slug = 'golf-ball';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'Blood thinners make you bruise and bleed easily, and your body weight on a foam roller presses deep enough to cause bruising.', t.id
    from health_condition c, tool t where c.slug = 'blood-thinners' and t.slug = 'foam-roller';
-- bleeding-disorder
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, max_pressure)
    select c.id, 'any', false, 'With a bleeding disorder your blood does not clot well, so moderate or firm pressure can bruise you or cause bleeding under the skin.', 'light'
    from health_condition c where c.slug = 'bleeding-disorder';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'With a bleeding disorder your blood does not clot well, and the fast, strong tapping of a massage gun can bruise you or cause bleeding in the muscle.', t.id
    from health_condition c, tool t where c.slug = 'bleeding-disorder' and t.slug = 'massage-gun';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'With a bleeding disorder your blood does not clot well, and a golf ball is hard enough to bruise the small spot it presses into.', t.id
    from health_condition c, tool t where c.slug = 'bleeding-disorder' and t.slug = 'golf-ball';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'With a bleeding disorder your blood does not clot well, and your body weight on a foam roller presses deep enough to cause bruising.', t.id
    from health_condition c, tool t where c.slug = 'bleeding-disorder' and t.slug = 'foam-roller';
-- severe-thrombocytopenia
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, max_pressure)
    select c.id, 'any', false, 'With very low platelets your blood clots poorly, so moderate or firm pressure can bruise you or cause bleeding under the skin.', 'light'
    from health_condition c where c.slug = 'severe-thrombocytopenia';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'With very low platelets your blood clots poorly, and the fast, strong tapping of a massage gun can bruise you or cause bleeding in the muscle.', t.id
    from health_condition c, tool t where c.slug = 'severe-thrombocytopenia' and t.slug = 'massage-gun';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'With very low platelets your blood clots poorly, and a golf ball is hard enough to bruise the small spot it presses into.', t.id
    from health_condition c, tool t where c.slug = 'severe-thrombocytopenia' and t.slug = 'golf-ball';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'With very low platelets your blood clots poorly, and your body weight on a foam roller presses deep enough to cause bruising.', t.id
    from health_condition c, tool t where c.slug = 'severe-thrombocytopenia' and t.slug = 'foam-roller';
-- severe-osteoporosis
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, max_pressure)
    select c.id, 'any', false, 'Fragile bones can crack under moderate or firm pressure.', 'light'
    from health_condition c where c.slug = 'severe-osteoporosis';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'listed', false, 'Lying on a foam roller puts your body weight onto the spine and ribs, which fragile bones may not withstand.', t.id
    from health_condition c, tool t where c.slug = 'severe-osteoporosis' and t.slug = 'foam-roller';
insert into condition_restriction_area (restriction_id, body_area_id)
    select r.id, a.id from condition_restriction r join health_condition c on c.id = r.condition_id, body_area a
    where c.slug = 'severe-osteoporosis' and r.area_scope = 'listed' and r.tool_id = (select id from tool where slug = 'foam-roller') and a.slug in ('upper-back', 'lower-back', 'chest');
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'listed', false, 'Pressing a tennis ball into the back or chest loads the spine and ribs, which can crack when bones are fragile.', t.id
    from health_condition c, tool t where c.slug = 'severe-osteoporosis' and t.slug = 'tennis-ball';
insert into condition_restriction_area (restriction_id, body_area_id)
    select r.id, a.id from condition_restriction r join health_condition c on c.id = r.condition_id, body_area a
    where c.slug = 'severe-osteoporosis' and r.area_scope = 'listed' and r.tool_id = (select id from tool where slug = 'tennis-ball') and a.slug in ('upper-back', 'lower-back', 'chest');
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'listed', false, 'A hard golf ball pressed into the back or chest loads the spine and ribs, which can crack when bones are fragile.', t.id
    from health_condition c, tool t where c.slug = 'severe-osteoporosis' and t.slug = 'golf-ball';
insert into condition_restriction_area (restriction_id, body_area_id)
    select r.id, a.id from condition_restriction r join health_condition c on c.id = r.condition_id, body_area a
    where c.slug = 'severe-osteoporosis' and r.area_scope = 'listed' and r.tool_id = (select id from tool where slug = 'golf-ball') and a.slug in ('upper-back', 'lower-back', 'chest');
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, movement)
    select c.id, 'any', false, 'Twisting the spine can crack a fragile vertebra.', 'spinal-rotation'
    from health_condition c where c.slug = 'severe-osteoporosis';
-- cancer
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, technique_kind)
    select c.id, 'any', true, 'Massage is only for people whose cancer care team has said it is safe for them.', 'massage'
    from health_condition c where c.slug = 'cancer';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, technique_kind, max_pressure)
    select c.id, 'any', false, 'During and after cancer treatment tissues bruise and hurt easily, so massage stays light.', 'massage', 'light'
    from health_condition c where c.slug = 'cancer';
-- pregnancy
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, technique_kind)
    select c.id, 'listed', false, 'Pressing on the belly is best avoided while you are pregnant.', 'massage'
    from health_condition c where c.slug = 'pregnancy';
insert into condition_restriction_area (restriction_id, body_area_id)
    select r.id, a.id from condition_restriction r join health_condition c on c.id = r.condition_id, body_area a
    where c.slug = 'pregnancy' and r.area_scope = 'listed' and r.technique_kind = 'massage' and a.slug in ('abdomen');
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, tool_id)
    select c.id, 'any', false, 'The strong, fast vibration of a massage gun is not advised during pregnancy.', t.id
    from health_condition c, tool t where c.slug = 'pregnancy' and t.slug = 'massage-gun';
insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, posture)
    select c.id, 'any', false, 'Lying flat on your back while pregnant can press on a large vein and make you dizzy or faint.', 'lying-on-back'
    from health_condition c where c.slug = 'pregnancy';

-- Red flags: any one of these stops the routine
insert into red_flag (slug, name, description, urgency, position) values ('saddle-numbness', 'Numbness around the genitals or buttocks',
    'Numbness, tingling or loss of feeling between the legs, around the genitals or back passage, or over the buttocks: the area that would touch a saddle. It can mean the nerves at the bottom of the spine are being squeezed.', 'emergency', 1);
insert into red_flag (slug, name, description, urgency, position) values ('bladder-bowel-change', 'Loss of bladder or bowel control',
    'You cannot hold your pee or poo, you leak without warning, or you suddenly find it hard to start peeing. With back pain this can mean pressure on the nerves at the bottom of the spine.', 'emergency', 2);
insert into red_flag (slug, name, description, urgency, position) values ('leg-weakness', 'New weakness or numbness in both legs',
    'Weakness, numbness, pins and needles or tingling that has come on in both legs, or legs that give way under you.', 'emergency', 3);
insert into red_flag (slug, name, description, urgency, position) values ('major-trauma', 'Pain after a serious fall or accident',
    'Back or neck pain that started after a bad fall, a road accident, a sports collision or another heavy blow. A bone could be broken.', 'emergency', 4);
insert into red_flag (slug, name, description, urgency, position) values ('chest-pain', 'Chest pain',
    'Pain, tightness or heaviness in the chest, especially if it spreads to the arm, neck, jaw or back, or comes with breathlessness, sweating or feeling sick.', 'emergency', 5);
insert into red_flag (slug, name, description, urgency, position) values ('fever', 'Back pain with a high temperature',
    'Back pain together with a fever, chills, or feeling hot and shivery. This can be a sign of an infection.', 'urgent', 6);
insert into red_flag (slug, name, description, urgency, position) values ('weight-loss', 'Unexplained weight loss',
    'Losing weight without trying, alongside your pain.', 'urgent', 7);
insert into red_flag (slug, name, description, urgency, position) values ('night-pain', 'Pain that rest does not ease, or worse at night',
    'Pain that does not settle when you lie still, keeps you awake, or is worse at night than during the day.', 'urgent', 8);
insert into red_flag (slug, name, description, urgency, position) values ('cancer-history-new-pain', 'New back pain after cancer',
    'Back pain that is new to you when you have had cancer, now or at any time in the past.', 'urgent', 9);
insert into red_flag (slug, name, description, urgency, position) values ('calf-swelling', 'A warm, red, swollen or painful calf',
    'One calf (usually only one) that is warm, red or darker than usual, swollen, throbbing or painful. This could be a blood clot in the leg (DVT), so do not massage or roll the leg.', 'urgent', 10);

-- Techniques

-- Effleurage (light stroking)
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('effleurage', 'Effleurage (light stroking)', 'massage', 'partner', 'lying-on-front', 'light', 120, 1,
    'Long, slow, gliding strokes with flat, relaxed hands. It warms the muscles and gets the blood moving, and it feels soothing, which makes it the gentle way to start and end a massage.');
insert into technique_phase (technique_id, phase) select id, 'warm-up' from technique where slug = 'effleurage';
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'effleurage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'effleurage' and a.slug in ('upper-back', 'lower-back', 'shoulders', 'glutes');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'effleurage' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Wash and warm your hands. Ask your partner to lie face down on a firm bed or a mat, with a pillow under the hips or ankles if that is more comfortable.' from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'If you are working on bare skin, rub a little lotion or oil between your palms. Rest both hands flat on the lower back, one on each side of the spine.' from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Glide both hands slowly up the back to the shoulders, sweep them out over the tops of the shoulders, and slide them lightly back down the sides. Do not lift your hands off between strokes.' from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'On the shoulders, glide from the base of the neck out toward the tops of the arms; on the buttocks, sweep in wide circles from the lower back outward, then let your hands slide back with almost no pressure.' from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Keep an easy, even rhythm of about one stroke every four or five seconds for around two minutes, and check how it feels.' from technique where slug = 'effleurage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Start gentler than you think and build up slowly. The person being massaged should say at once if the pressure is too much; partners, keep asking.' from technique where slug = 'effleurage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep your hands in contact with the skin between strokes, and glide beside the spine, never on it.' from technique where slug = 'effleurage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Let your hands pass over the spine and the back of the knee without pressing; the pressure goes on the muscles either side.' from technique where slug = 'effleurage';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'effleurage';

-- Self effleurage (warm-up stroking)
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('self-effleurage', 'Self effleurage (warm-up stroking)', 'massage', 'self', 'seated', 'light', 90, 1,
    'Slow, light stroking with your own flat hands over your neck, shoulders, chest or lower back before you work on them. It warms the skin and muscle, gets the blood moving and helps you find where you are sore.');
insert into technique_phase (technique_id, phase) select id, 'warm-up' from technique where slug = 'self-effleurage';
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'self-effleurage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'self-effleurage' and a.slug in ('neck', 'shoulders', 'chest', 'lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'self-effleurage' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit comfortably on the front half of a chair with both feet on the floor. Wash your hands first, and warm a little lotion or oil between your palms if the skin is bare.' from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lay a flat, relaxed hand on the area you want to warm up: the side of your neck, the top of the opposite shoulder, your upper chest, or both palms on your lower back either side of the spine.' from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Stroke slowly and lightly along the muscle with your whole palm: down the neck toward the shoulder, across the chest toward the armpit, or up and down the lower back beside the spine. Let the hand glide back without pressure.' from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Breathe slowly and keep a steady rhythm, about one stroke every three or four seconds, for about a minute and a half.' from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Come back to it at the end of a routine as a calm way to finish.' from technique where slug = 'self-effleurage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep it light: this is a warm-up, not deep work. Skip skin that is broken, burnt or bruised.' from technique where slug = 'self-effleurage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Glide beside the spine, never press on the bones of the spine itself.' from technique where slug = 'self-effleurage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'self-effleurage';

-- Leg effleurage (stroking toward the heart)
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('leg-effleurage', 'Leg effleurage (stroking toward the heart)', 'massage', 'any', 'seated', 'light', 120, 2,
    'Long, light strokes up the leg from the ankle toward the hip, done by you or a partner. It warms the muscles before deeper work and helps blood flow back toward the heart.');
insert into technique_phase (technique_id, phase) select id, 'warm-up' from technique where slug = 'leg-effleurage';
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'leg-effleurage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'leg-effleurage' and a.slug in ('hips', 'thighs', 'hamstrings', 'it-band', 'calves', 'feet');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'leg-effleurage' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit on the floor or a bed with one leg out straight and the knee softly bent, or lie on your back while a partner kneels beside you. Use clean hands, with a little lotion or oil on bare skin.' from technique where slug = 'leg-effleurage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Wrap both flat hands around the ankle and glide slowly up the calf, over the side of the knee and up the thigh to the hip, always moving toward the heart.' from technique where slug = 'leg-effleurage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Let the hands slide back down lightly along the sides of the leg without lifting off, then stroke up again. Keep an even, unhurried rhythm.' from technique where slug = 'leg-effleurage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, change to the other leg.' from technique where slug = 'leg-effleurage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Always stroke upward, toward the heart, and keep the hands in contact with the leg throughout.' from technique where slug = 'leg-effleurage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Go lightly over the knee and shin, where bone is close to the surface.' from technique where slug = 'leg-effleurage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'A calf that is warm, red, swollen or painful on one side can be a blood clot: do not massage it, see a doctor today.' from technique where slug = 'leg-effleurage';

-- Leg kneading (calves and hamstrings)
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('leg-kneading', 'Kneading the calves and hamstrings', 'massage', 'any', 'seated', 'moderate', 150, 2,
    'Petrissage for the back of the leg: squeezing and lifting the calf and the hamstrings to loosen them after a warm-up. You can do it sitting, or a partner can do it while you lie face down.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'leg-kneading';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'leg-kneading' and a.slug in ('hamstrings', 'calves');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'leg-kneading' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Warm the leg first with light upward strokes. Sit with the knee bent and the foot flat so the calf and hamstrings are soft, or lie face down for a partner.' from technique where slug = 'leg-kneading';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Hold the calf with both hands, fingers on one side and thumbs on the other. Squeeze and lift the muscle a little, then let go, moving up from just above the ankle to just below the knee.' from technique where slug = 'leg-kneading';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Move to the back of the thigh and knead the same way from above the knee toward the buttock, along the muscle and then across it.' from technique where slug = 'leg-kneading';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Finish with a few light strokes up the leg toward the heart, then change legs.' from technique where slug = 'leg-kneading';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Never press into the hollow behind the knee, and go lightly over the shin.' from technique where slug = 'leg-kneading';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Tender is fine, hurting is not. A calf that is warm, red, swollen or painful on one side can be a blood clot: do not massage it, see a doctor today.' from technique where slug = 'leg-kneading';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'leg-kneading';

-- Circular kneading beside the spine and around the sacrum
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('spine-sacrum-circular-kneading', 'Circular kneading beside the spine and around the sacrum', 'massage', 'partner', 'lying-on-front', 'light', 180, 1,
    'Small, slow circles with the thumbs or fingertips on the muscles either side of the lower spine and around the flat bone at its base (the sacrum). It eases a tight, aching lower back and feels warm and relaxing.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'spine-sacrum-circular-kneading' and a.slug in ('lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'spine-sacrum-circular-kneading' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Ask your partner to lie face down with a pillow under the hips. Wash your hands, use a little lotion or oil on bare skin, and warm the back with a minute of light stroking.' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Place your thumbs or finger pads on the muscles about two finger-widths out from the spine, just above the waistband, one hand on each side.' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Make small, slow circles, about one a second, moving the skin over the muscle rather than sliding across it. Work up toward the bottom of the ribs, then back down.' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Move down to the sacrum, the flat triangle of bone just above the buttocks, and circle gently around its edges rather than on top of it.' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Carry on for about three minutes, checking how it feels, then finish with a few long, light strokes up the back.' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Never press on the spine itself: keep your hands on the soft muscle either side of the bony bumps in the middle of the back.' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Start gentler than you think and build up slowly. The person being massaged should say at once if the pressure is too much; partners, keep asking.' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'spine-sacrum-circular-kneading';

-- Glute kneading and compression
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('glute-kneading-compression', 'Glute kneading and compression', 'massage', 'partner', 'lying-on-front', 'moderate', 150, 1,
    'Kneading followed by slow, steady presses on top of the buttock muscles, which often tighten along with a sore lower back. It feels deep and releasing.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'glute-kneading-compression';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'glute-kneading-compression' and a.slug in ('glutes', 'lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'glute-kneading-compression' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'With your partner lying face down, warm the lower back and buttocks with a minute of light stroking. This works through clothing; use lotion or oil only on bare skin.' from technique where slug = 'glute-kneading-compression';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Put both hands on one buttock and knead it: grip, lift gently and squeeze, one hand after the other, for about 30 seconds.' from technique where slug = 'glute-kneading-compression';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Then press: lay the heel of one hand on the muscle, put the other hand on top, and lean in slowly for three to five seconds before easing off. Move a hand-width and repeat across the buttock.' from technique where slug = 'glute-kneading-compression';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Do the same on the other side.' from technique where slug = 'glute-kneading-compression';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Finish with a few light strokes from the buttocks up over the lower back, about two and a half minutes in all.' from technique where slug = 'glute-kneading-compression';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Start gentler than you think and build up slowly. The person being massaged should say at once if the pressure is too much; partners, keep asking.' from technique where slug = 'glute-kneading-compression';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Lean in slowly with your body weight, never with a sudden push, and keep off the tailbone and the bony point at the side of the hip.' from technique where slug = 'glute-kneading-compression';
insert into technique_caution (technique_id, position, text) select id, 3,
    'If your partner feels pain, tingling or numbness running down the leg, stop at once. If it does not settle, they should get medical advice.' from technique where slug = 'glute-kneading-compression';

-- Petrissage (kneading)
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('petrissage', 'Petrissage (kneading)', 'massage', 'partner', 'lying-on-front', 'moderate', 180, 1,
    'Kneading: the hands grip a muscle, lift it a little, squeeze and let go, working both along the muscle and across it. It feels deeper than stroking and helps loosen tight muscles once they are warm.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'petrissage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'petrissage' and a.slug in ('upper-back', 'lower-back', 'shoulders', 'glutes');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'petrissage' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Warm the area first with a couple of minutes of light stroking. Keep some lotion or oil on your hands if you are on bare skin.' from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Put both hands on a fleshy muscle, such as the top of the shoulder, the side of the lower back or a buttock.' from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Grip the muscle gently between your fingers and the heel of your hand, lift it slightly, squeeze, then let go, as if kneading soft dough. Take turns with each hand in a slow, steady rhythm.' from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Work along the length of the muscle, then turn your hands and knead across it. Spend about 30 seconds on each area.' from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Ask how the pressure feels every so often, and finish each area with a few light strokes.' from technique where slug = 'petrissage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Start gentler than you think and build up slowly. The person being massaged should say at once if the pressure is too much; partners, keep asking.' from technique where slug = 'petrissage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Knead only soft muscle. Never grip or press on the spine, the shoulder blades, the back of the knee or other places where bone lies just under the skin.' from technique where slug = 'petrissage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Do not pinch the skin. Tender is fine, hurting is not: if your partner winces or tenses up, lighten your touch.' from technique where slug = 'petrissage';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'petrissage';

-- Seated lower-back self-massage
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('seated-lower-back-self-massage', 'Seated lower-back self-massage', 'massage', 'self', 'seated', 'moderate', 180, 1,
    'A rub for the small of your own back, done sitting on a chair with your thumbs or knuckles. Handy after a long day at a desk; it feels warm and loosening.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'seated-lower-back-self-massage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'seated-lower-back-self-massage' and a.slug in ('lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'seated-lower-back-self-massage' and o.slug in ('chair');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit near the front of a sturdy chair with both feet on the floor about hip-width apart. Sit tall rather than leaning back.' from technique where slug = 'seated-lower-back-self-massage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Reach behind you and put your thumbs on the muscles either side of your spine, just above your hips, with your fingers wrapped around your waist.' from technique where slug = 'seated-lower-back-self-massage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Press in gently and make small circles with your thumbs, working slowly upward as far as you can comfortably reach, then back down. Breathe slowly.' from technique where slug = 'seated-lower-back-self-massage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'If your thumbs get tired, make loose fists and rub up and down beside the spine with the flat of your knuckles.' from technique where slug = 'seated-lower-back-self-massage';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Keep going for about three minutes, then rest your warm hands on your lower back for a few breaths.' from technique where slug = 'seated-lower-back-self-massage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Stay on the muscles beside the spine, never on the bony bumps of the spine itself.' from technique where slug = 'seated-lower-back-self-massage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'seated-lower-back-self-massage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Self-massage is for mild aches. If your pain is severe, has gone on for a long time, or you do not know what is causing it, see a professional first.' from technique where slug = 'seated-lower-back-self-massage';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'seated-lower-back-self-massage';

-- Tennis-ball back massage
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('tennis-ball-back-massage', 'Tennis-ball back massage', 'massage', 'self', 'lying-on-back', 'firm', 180, 1,
    'You lie on a tennis ball and let your body weight press it into tight back muscles. The pressure is firm and pinpointed, and can ease knots in the muscles beside the spine.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'tennis-ball-back-massage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'tennis-ball-back-massage' and a.slug in ('lower-back', 'upper-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'tennis-ball-back-massage' and o.slug in ('tennis-ball');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Lie on your back on a mat or carpet with knees bent and feet flat. Put a tennis ball under the muscle on one side of your spine, never under the spine itself.' from technique where slug = 'tennis-ball-back-massage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Let your weight settle onto the ball slowly. When you find a tender spot, breathe out and stay there for 20 to 30 seconds.' from technique where slug = 'tennis-ball-back-massage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Shift the ball a little at a time, using your hands or by pushing gently with your feet, anywhere from the top of the pelvis to between the shoulder blades.' from technique where slug = 'tennis-ball-back-massage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Move the ball to the other side of the spine and repeat, about three minutes in all.' from technique where slug = 'tennis-ball-back-massage';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'To finish, roll sideways off the ball first, then get onto your hands and knees and stand up. Do not sit straight up while the ball is still under you.' from technique where slug = 'tennis-ball-back-massage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep the ball on the muscles beside the spine, never on the spine itself.' from technique where slug = 'tennis-ball-back-massage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Always roll off the ball to the side before getting up; sitting up or rolling back over the ball can make your back hurt more.' from technique where slug = 'tennis-ball-back-massage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Too strong? Put the ball between your back and a wall and lean into it instead, so you control the pressure.' from technique where slug = 'tennis-ball-back-massage';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'tennis-ball-back-massage';

-- Ball against the wall for shoulders and mid-back
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('wall-ball-shoulders', 'Ball against the wall for shoulders and mid-back', 'massage', 'self', 'standing', 'moderate', 150, 2,
    'Standing with a tennis ball between your back and a wall, you lean in and roll it over tight spots around the shoulder blades. How hard you lean sets the pressure.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'wall-ball-shoulders';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'wall-ball-shoulders' and a.slug in ('shoulders', 'upper-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'wall-ball-shoulders' and o.slug in ('tennis-ball', 'wall');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Stand with your back to a wall, feet about 30 cm (a foot) out from it. Put a tennis ball between the wall and the muscle just above or beside one shoulder blade.' from technique where slug = 'wall-ball-shoulders';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lean back into the ball until you feel steady pressure. Bend and straighten your knees slowly to roll the ball up and down.' from technique where slug = 'wall-ball-shoulders';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Shift your body sideways a little to reach the strip between the shoulder blade and the spine. On a tender spot, stay still and breathe out for 20 to 30 seconds.' from technique where slug = 'wall-ball-shoulders';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute and a quarter, move the ball to the other side and repeat.' from technique where slug = 'wall-ball-shoulders';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep the ball off the spine and the bony top of the shoulder; stay on muscle.' from technique where slug = 'wall-ball-shoulders';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Step your feet closer to the wall to lighten the pressure, or further away to make it stronger.' from technique where slug = 'wall-ball-shoulders';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'wall-ball-shoulders';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'wall-ball-shoulders';

-- Ball against the wall for the chest
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('wall-ball-chest', 'Ball against the wall for the chest', 'massage', 'self', 'standing', 'moderate', 120, 2,
    'Facing a wall with a tennis ball against the front of your chest, you lean in and make small rolls. It loosens chest muscles that tighten from hunching over a desk or phone.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'wall-ball-chest';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'wall-ball-chest' and a.slug in ('chest');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'wall-ball-chest' and o.slug in ('tennis-ball', 'wall');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Stand facing a wall. Hold a tennis ball against the front of your chest, just below the collarbone and a few finger-widths in from the shoulder.' from technique where slug = 'wall-ball-chest';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lean gently toward the wall so the ball presses into the muscle, and let that arm hang loose.' from technique where slug = 'wall-ball-chest';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Make small circles and short up-and-down rolls by moving your body, breathing slowly. Stay on a tight spot for 15 to 20 seconds.' from technique where slug = 'wall-ball-chest';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, switch the ball to the other side.' from technique where slug = 'wall-ball-chest';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Stay on the soft muscle: keep off the collarbone, the breastbone and breast tissue.' from technique where slug = 'wall-ball-chest';
insert into technique_caution (technique_id, position, text) select id, 2,
    'If you feel tingling or numbness running down the arm, move the ball or stop.' from technique where slug = 'wall-ball-chest';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'wall-ball-chest';

-- Golf-ball release against the wall (light)
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('golf-ball-wall-release', 'Golf-ball release against the wall (light)', 'massage', 'self', 'standing', 'light', 120, 2,
    'A golf ball held against the wall reaches small tight spots around the shoulder blade and chest. The ball is very hard, so this is done with light pressure only and feels precise rather than deep.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'golf-ball-wall-release';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'golf-ball-wall-release' and a.slug in ('shoulders', 'upper-back', 'chest');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'golf-ball-wall-release' and o.slug in ('golf-ball', 'wall');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Stand with your back to a wall (or facing it, for the chest). Place a golf ball on one small tight spot: beside the shoulder blade, on top of the shoulder, or just below the collarbone.' from technique where slug = 'golf-ball-wall-release';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lean in only lightly, much less than you would on a tennis ball. You should feel a small point of pressure, not a deep ache.' from technique where slug = 'golf-ball-wall-release';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Make tiny, slow circles by moving your body, 15 to 20 seconds per spot, breathing easily.' from technique where slug = 'golf-ball-wall-release';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, switch to the other side.' from technique where slug = 'golf-ball-wall-release';
insert into technique_caution (technique_id, position, text) select id, 1,
    'A golf ball is small and hard, so keep the pressure light. If you want more pressure, use a tennis ball instead.' from technique where slug = 'golf-ball-wall-release';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep it off bone: the spine, the collarbone, the breastbone and the edges of the shoulder blade.' from technique where slug = 'golf-ball-wall-release';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'golf-ball-wall-release';

-- Foam rolling the calves
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('foam-roll-calves', 'Foam rolling the calves', 'massage', 'self', 'seated', 'moderate', 120, 2,
    'Sitting on the floor with a foam roller under your calf, you roll slowly back and forth. It eases calves that are tight from walking, running or standing all day.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'foam-roll-calves';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'foam-roll-calves' and a.slug in ('calves');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'foam-roll-calves' and o.slug in ('foam-roller');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit on the floor with your legs out in front and a foam roller under one calf. Put your hands on the floor behind you.' from technique where slug = 'foam-roll-calves';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lift your hips a little and roll slowly from just above the ankle to just below the knee and back, about three seconds each way.' from technique where slug = 'foam-roll-calves';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'For more pressure, rest the other leg on top. Turn your leg slightly in and out to reach the inner and outer calf.' from technique where slug = 'foam-roll-calves';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, switch legs.' from technique where slug = 'foam-roll-calves';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Stop just below the knee and just above the ankle: do not roll over the back of the knee or the ankle bones.' from technique where slug = 'foam-roll-calves';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Do not roll a calf that is warm, red, swollen or suddenly painful. It could be a blood clot and needs a doctor today.' from technique where slug = 'foam-roll-calves';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'foam-roll-calves';

-- Foam rolling the hamstrings
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('foam-roll-hamstrings', 'Foam rolling the hamstrings', 'massage', 'self', 'seated', 'moderate', 120, 2,
    'Sitting with a foam roller under the back of one thigh, you roll between the knee and the buttock. It loosens hamstrings that are tight from sitting or exercise.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'foam-roll-hamstrings';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'foam-roll-hamstrings' and a.slug in ('hamstrings');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'foam-roll-hamstrings' and o.slug in ('foam-roller');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit on the floor with a foam roller under the back of one thigh, hands on the floor behind you, the other foot flat on the floor.' from technique where slug = 'foam-roll-hamstrings';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lift your hips and roll slowly from just above the back of the knee up to the crease under the buttock, then back down.' from technique where slug = 'foam-roll-hamstrings';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Turn the leg a little in and out to cover the inner and outer parts. Pause on tight spots and breathe out.' from technique where slug = 'foam-roll-hamstrings';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, switch legs.' from technique where slug = 'foam-roll-hamstrings';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Do not roll over the back of the knee.' from technique where slug = 'foam-roll-hamstrings';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Take your weight through your hands and keep your elbows soft; stop if your wrists or shoulders start to hurt.' from technique where slug = 'foam-roll-hamstrings';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'foam-roll-hamstrings';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'foam-roll-hamstrings';

-- Foam rolling the front of the thighs
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('foam-roll-thighs', 'Foam rolling the front of the thighs', 'massage', 'self', 'lying-on-front', 'moderate', 120, 2,
    'Lying face down on your forearms with a foam roller under the front of one thigh, you roll between the hip and the knee. It loosens the big muscle at the front of the thigh.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'foam-roll-thighs';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'foam-roll-thighs' and a.slug in ('thighs');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'foam-roll-thighs' and o.slug in ('foam-roller');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Lie face down propped on your forearms, with a foam roller under the front of one thigh. Bend the other knee out to the side for support.' from technique where slug = 'foam-roll-thighs';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Using your arms, slowly pull and push your body so the roller moves from just above the kneecap up to the hip and back.' from technique where slug = 'foam-roll-thighs';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Keep your tummy gently firm so your lower back does not sag. Pause and breathe on any tight spot.' from technique where slug = 'foam-roll-thighs';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, switch legs.' from technique where slug = 'foam-roll-thighs';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Stop above the kneecap; never roll over the knee itself.' from technique where slug = 'foam-roll-thighs';
insert into technique_caution (technique_id, position, text) select id, 2,
    'If your lower back aches, take more weight on your forearms and keep your belly gently drawn in.' from technique where slug = 'foam-roll-thighs';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'foam-roll-thighs';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'foam-roll-thighs';

-- Foam rolling the glutes
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('foam-roll-glutes', 'Foam rolling the glutes', 'massage', 'self', 'seated', 'moderate', 120, 2,
    'Sitting on a foam roller with one ankle crossed over the other knee, you roll the buttock and the side of the hip. It feels deep and can ease tightness that pulls on the lower back.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'foam-roll-glutes';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'foam-roll-glutes' and a.slug in ('glutes', 'hips');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'foam-roll-glutes' and o.slug in ('foam-roller');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit on a foam roller with your hands on the floor behind you and both knees bent, feet flat.' from technique where slug = 'foam-roll-glutes';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Cross your right ankle over your left knee and lean a little toward your right buttock.' from technique where slug = 'foam-roll-glutes';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Roll slowly to and fro over the buttock, a few centimetres at a time, and out toward the side of the hip. On tight spots, breathe out and stay for 20 to 30 seconds.' from technique where slug = 'foam-roll-glutes';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, uncross, put the left ankle over the right knee and lean to the left side.' from technique where slug = 'foam-roll-glutes';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Stay on muscle: do not roll on the tailbone or the bony point at the side of the hip.' from technique where slug = 'foam-roll-glutes';
insert into technique_caution (technique_id, position, text) select id, 2,
    'If you feel tingling, numbness or pain shooting down the leg, stop.' from technique where slug = 'foam-roll-glutes';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'foam-roll-glutes';

-- Foam rolling beside the lower spine
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('foam-roll-lower-back', 'Foam rolling beside the lower spine', 'massage', 'self', 'lying-on-back', 'moderate', 120, 2,
    'Lying back on a foam roller and leaning to one side, you roll the muscles beside the lower spine, never the spine itself. It eases stiffness in the small of the back.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'foam-roll-lower-back';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'foam-roll-lower-back' and a.slug in ('lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'foam-roll-lower-back' and o.slug in ('foam-roller');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit on the floor with knees bent and a foam roller behind you. Lie back so the roller sits across your back just below the ribs, and support your head with your hands.' from technique where slug = 'foam-roll-lower-back';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lean your body to one side so the roller presses into the muscles on that side of the spine, not into the middle of your back.' from technique where slug = 'foam-roll-lower-back';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Push gently with your feet to roll a few centimetres down toward the top of the pelvis and back up, slowly, breathing steadily.' from technique where slug = 'foam-roll-lower-back';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, lean to the other side and repeat.' from technique where slug = 'foam-roll-lower-back';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'To finish, lift your hips, slide the roller away and roll onto your side before getting up.' from technique where slug = 'foam-roll-lower-back';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Never roll straight down the middle of the lower back: always lean to one side so the roller is on muscle.' from technique where slug = 'foam-roll-lower-back';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep the movements small and slow. If your back aches more afterwards, swap this for gentler work or stretches.' from technique where slug = 'foam-roll-lower-back';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'foam-roll-lower-back';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'foam-roll-lower-back';

-- Foam rolling the IT band
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('foam-roll-it-band', 'Foam rolling the IT band', 'massage', 'self', 'side-lying', 'firm', 120, 2,
    'Lying on your side with a foam roller under the outside of the thigh, you roll between the hip and the knee. It is one of the strongest rolls and usually feels quite tender.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'foam-roll-it-band';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'foam-roll-it-band' and a.slug in ('it-band', 'hips');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'foam-roll-it-band' and o.slug in ('foam-roller');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Lie on your side, propped on your forearm, with the foam roller under the outside of your lower thigh. Cross your top leg over and put that foot flat on the floor in front of you.' from technique where slug = 'foam-roll-it-band';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Use your top foot and forearm to carry some of your weight, then roll slowly from just above the knee up to just below the hip bone and back.' from technique where slug = 'foam-roll-it-band';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Go slowly, about three seconds each way, and breathe out as you pass tight spots. Put more weight on your top foot if it is too strong.' from technique where slug = 'foam-roll-it-band';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, turn onto your other side and repeat.' from technique where slug = 'foam-roll-it-band';
insert into technique_caution (technique_id, position, text) select id, 1,
    'This is often very tender: use your top foot to control how much weight goes onto the roller. Tender is fine, hurting is not.' from technique where slug = 'foam-roll-it-band';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Do not roll over the knee joint or the bony point at the side of the hip.' from technique where slug = 'foam-roll-it-band';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'foam-roll-it-band';

-- Foam rolling the upper back
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('foam-roll-upper-back', 'Foam rolling the upper back', 'massage', 'self', 'lying-on-back', 'moderate', 120, 1,
    'Lying back on a foam roller placed across the mid-back, you roll between the shoulder blades. It eases a stiff, rounded upper back after hours at a screen.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'foam-roll-upper-back';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'foam-roll-upper-back' and a.slug in ('upper-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'foam-roll-upper-back' and o.slug in ('foam-roller');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit on the floor with knees bent and lie back onto a foam roller placed across your back, just below the shoulder blades.' from technique where slug = 'foam-roll-upper-back';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Cross your arms over your chest, or cup your hands behind your head to support your neck, elbows pointing forward.' from technique where slug = 'foam-roll-upper-back';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Lift your hips a little and push with your feet to roll slowly up to the top of the shoulder blades, then back down to the bottom of the ribs.' from technique where slug = 'foam-roll-upper-back';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Pause on tight spots and breathe out. Keep going for about two minutes, then lower your hips and roll off to one side.' from technique where slug = 'foam-roll-upper-back';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Stay between the bottom of the ribs and the top of the shoulder blades: do not roll your neck or lower back in this position.' from technique where slug = 'foam-roll-upper-back';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Support your head with your hands so your neck does not drop back.' from technique where slug = 'foam-roll-upper-back';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'foam-roll-upper-back';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'foam-roll-upper-back';

-- Self neck massage for tightness and knots
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('self-neck-massage', 'Self neck massage for tightness and knots', 'massage', 'self', 'seated', 'light', 150, 1,
    'Gentle fingertip circles down the back and sides of the neck and across the tops of the shoulders. It can ease a stiff neck and soften small knots from long hours looking down at a screen.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'self-neck-massage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'self-neck-massage' and a.slug in ('neck', 'shoulders');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'self-neck-massage' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit up tall and let your shoulders drop. Wash your hands.' from technique where slug = 'self-neck-massage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Put the fingertips of both hands at the base of your skull, one hand either side of the middle of the neck.' from technique where slug = 'self-neck-massage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Press in gently and make small, slow circles, working down the sides of the neck to where it meets the shoulders. Breathe slowly.' from technique where slug = 'self-neck-massage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'On a knot, press lightly and hold for 10 to 20 seconds until it eases a little. Then use the opposite hand to knead the top of each shoulder.' from technique where slug = 'self-neck-massage';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Carry on for about two and a half minutes, then roll your shoulders slowly a few times.' from technique where slug = 'self-neck-massage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep the pressure light, and stay off the front of the neck and the bony bumps down the middle.' from technique where slug = 'self-neck-massage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Stop if you feel dizzy, get a headache, or notice tingling or numbness in your arms, and seek medical advice if it does not pass.' from technique where slug = 'self-neck-massage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'self-neck-massage';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'self-neck-massage';

-- Head and temple massage for tension headaches
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('head-temple-massage', 'Head and temple massage for tension headaches', 'massage', 'any', 'seated', 'light', 150, 1,
    'Slow fingertip circles on the temples, forehead and scalp. It can help a tension or stress headache let go, and it feels calming.');
insert into technique_phase (technique_id, phase) select id, 'warm-up' from technique where slug = 'head-temple-massage';
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'head-temple-massage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'head-temple-massage' and a.slug in ('head');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'head-temple-massage' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit comfortably, close your eyes if you like, and let your shoulders drop. Wash your hands. A partner can do every step standing behind your chair.' from technique where slug = 'head-temple-massage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Put your fingertips on your temples, the soft spots beside your eyes, and make slow, gentle circles for about 30 seconds.' from technique where slug = 'head-temple-massage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Move to the middle of the forehead and smooth outward toward the temples a few times.' from technique where slug = 'head-temple-massage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Spread your fingers through your hair and move the scalp in small circles, working from the hairline back to the base of the skull, for about a minute.' from technique where slug = 'head-temple-massage';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Finish by pressing gently into the hollows at the base of your skull for a few slow breaths.' from technique where slug = 'head-temple-massage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Use only gentle pressure, especially near the eyes.' from technique where slug = 'head-temple-massage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Get medical help straight away for a sudden, very bad headache, or one with fever, a stiff neck, confusion, weakness or changes in your eyesight.' from technique where slug = 'head-temple-massage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'If headaches keep coming back or get worse, see a doctor.' from technique where slug = 'head-temple-massage';

-- Abdominal self-massage for constipation
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('abdominal-massage', 'Abdominal self-massage for constipation', 'massage', 'self', 'lying-on-back', 'light', 180, 1,
    'Slow, gentle clockwise strokes around the belly, following the path of the large bowel. It may help things move when you are constipated and ease bloating and cramps.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'abdominal-massage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'abdominal-massage' and a.slug in ('abdomen');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'abdominal-massage' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Wait at least an hour after a meal. Lie face up with a pillow under your head and your knees up, and warm your hands.' from technique where slug = 'abdominal-massage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Put one flat hand on the lower right side of your belly, just inside the hip bone.' from technique where slug = 'abdominal-massage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Slide slowly up toward the ribs, across the belly just under the ribs, then down the left side to just inside the left hip bone. This traces the bowel in a clockwise direction.' from technique where slug = 'abdominal-massage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Keep repeating with slow, gentle pressure, breathing out as your hand moves, for about three minutes. You can add small clockwise circles around the belly button.' from technique where slug = 'abdominal-massage';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Finish with a few slow breaths into your belly. Drinking enough water, eating fibre and moving every day help too.' from technique where slug = 'abdominal-massage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Always go clockwise (up the right side, across, down the left), and not straight after eating.' from technique where slug = 'abdominal-massage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Skip this if you are pregnant or have recently had surgery on your belly.' from technique where slug = 'abdominal-massage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'See a doctor for sudden or severe belly pain, blood in your poo, vomiting, or constipation that lasts more than a couple of weeks.' from technique where slug = 'abdominal-massage';

-- Rolling the foot over a ball
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('foot-ball-roll', 'Rolling the foot over a ball', 'massage', 'self', 'seated', 'moderate', 120, 2,
    'Sitting on a chair, you roll the sole of your foot over a tennis ball on the floor. It eases sore heels, arches and the ball of the foot after a long day on your feet.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'foot-ball-roll';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'foot-ball-roll' and a.slug in ('feet');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'foot-ball-roll' and o.slug in ('tennis-ball');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit on a chair with a tennis ball on the floor in front of you, and rest one bare or socked foot on it.' from technique where slug = 'foot-ball-roll';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Roll the ball slowly from the heel to the ball of the foot and back, pressing down as much as feels good.' from technique where slug = 'foot-ball-roll';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'On tender spots in the heel, arch or ball of the foot, pause for 10 to 20 seconds or make small circles.' from technique where slug = 'foot-ball-roll';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, switch feet.' from technique where slug = 'foot-ball-roll';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Press until it feels tender, never until it hurts.' from technique where slug = 'foot-ball-roll';
insert into technique_caution (technique_id, position, text) select id, 2,
    'If your feet are numb (for example from diabetes), check with your doctor first: you may not feel when you press too hard.' from technique where slug = 'foot-ball-roll';
insert into technique_caution (technique_id, position, text) select id, 3,
    'See a doctor or podiatrist if heel pain lasts for weeks, or the foot is swollen, red or numb.' from technique where slug = 'foot-ball-roll';

-- Foot massage with the hands
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('foot-hand-massage', 'Foot massage with the hands', 'massage', 'any', 'seated', 'moderate', 150, 2,
    'Thumbs work through the sole and fingers squeeze the toes. You can do it yourself or have someone do it for you; it eases tired, aching feet and feels very relaxing.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'foot-hand-massage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'foot-hand-massage' and a.slug in ('feet');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'foot-hand-massage' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit with one foot resting across the opposite thigh, or in your partner''s lap. Wash your hands and use a little lotion or oil.' from technique where slug = 'foot-hand-massage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Hold the foot in both hands and stroke from the toes toward the ankle a few times to warm it.' from technique where slug = 'foot-hand-massage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Press your thumbs into the sole and make small circles, working from the heel through the arch to the ball of the foot.' from technique where slug = 'foot-hand-massage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Gently squeeze and wiggle each toe, then stroke the top of the foot from the toes toward the ankle.' from technique where slug = 'foot-hand-massage';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'After about a minute and a quarter, switch feet.' from technique where slug = 'foot-hand-massage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'foot-hand-massage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Go lightly over the ankle bones and the top of the foot, where bone is close to the skin.' from technique where slug = 'foot-hand-massage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'If someone else is massaging your foot, tell them how the pressure feels.' from technique where slug = 'foot-hand-massage';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Wipe off extra oil before you stand up: oily feet slip.' from technique where slug = 'foot-hand-massage';

-- Thigh massage: stroking then kneading
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('thigh-massage', 'Thigh massage: stroking then kneading', 'massage', 'any', 'seated', 'moderate', 150, 2,
    'Light upward strokes to warm the thigh, followed by kneading. It warms the muscle so it lets go, which makes the leg more supple and easier to move through its full range, for example before exercise.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'thigh-massage';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'thigh-massage' and a.slug in ('thighs');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'thigh-massage' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit with one leg out in front, straight or slightly bent. Wash your hands and use a little lotion or oil on bare skin.' from technique where slug = 'thigh-massage';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Start by stroking: put both hands flat just above the knee and glide them up to the hip, then slide back down lightly. Repeat for about 30 seconds.' from technique where slug = 'thigh-massage';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Then knead: grip the muscle at the front of the thigh, lift and squeeze it gently, one hand after the other, working along the muscle and then across it.' from technique where slug = 'thigh-massage';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Finish with a few more upward strokes, then switch to the other thigh.' from technique where slug = 'thigh-massage';
insert into technique_caution (technique_id, position, text) select id, 1,
    'On arms and legs, always stroke upward toward the heart, and do not lift your hands off the skin between strokes.' from technique where slug = 'thigh-massage';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep pressure off the kneecap and the bony sides of the knee.' from technique where slug = 'thigh-massage';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'thigh-massage';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'thigh-massage';

-- Massage gun on the legs
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('massage-gun-legs', 'Massage gun on the legs', 'massage', 'self', 'seated', 'firm', 150, 2,
    'A hand-held massage gun taps quickly into the big leg muscles. It gives a deep, buzzing pressure that can loosen tight legs, for example after exercise.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'massage-gun-legs';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'massage-gun-legs' and a.slug in ('thighs', 'hamstrings', 'calves', 'glutes');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'massage-gun-legs' and o.slug in ('massage-gun');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit on a chair or the floor with the leg relaxed. Fit a soft, round head and start the gun on its lowest setting.' from technique where slug = 'massage-gun-legs';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Rest the head on the front of the thigh and glide it slowly up and down the muscle. Let the gun''s weight do the work instead of pushing.' from technique where slug = 'massage-gun-legs';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Move on to the back of the thigh, the calf and the buttock, about 15 to 20 seconds on each, always keeping the gun moving.' from technique where slug = 'massage-gun-legs';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute and a quarter, switch legs.' from technique where slug = 'massage-gun-legs';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Never use it on bone or joints: keep off the knee (especially the back of it), the shin and the ankle.' from technique where slug = 'massage-gun-legs';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep it moving; do not hold it on one spot for more than a few seconds.' from technique where slug = 'massage-gun-legs';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Do not use it over swollen or bruised areas, varicose veins, or a calf that is warm, red or swollen.' from technique where slug = 'massage-gun-legs';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'massage-gun-legs';

-- Massage gun on the shoulders and upper back
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('massage-gun-shoulders', 'Massage gun on the shoulders and upper back', 'massage', 'any', 'seated', 'firm', 120, 2,
    'A massage gun glides over the tops of the shoulders and the muscles beside the shoulder blades. It gives deep, buzzing pressure that can ease tight shoulders; a partner can reach the back more easily.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'massage-gun-shoulders';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'massage-gun-shoulders' and a.slug in ('shoulders', 'upper-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'massage-gun-shoulders' and o.slug in ('massage-gun');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit with your arms relaxed. If a partner is helping, they stand behind you. Fit a soft head and start on the lowest setting.' from technique where slug = 'massage-gun-shoulders';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Place the head on the fleshy top of one shoulder, between the neck and the shoulder tip, and glide it slowly outward and back.' from technique where slug = 'massage-gun-shoulders';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Move down to the muscle between the shoulder blade and the spine and glide up and down, keeping the gun moving.' from technique where slug = 'massage-gun-shoulders';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'After about a minute, switch sides.' from technique where slug = 'massage-gun-shoulders';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Never use it on the neck, the spine, the collarbone or the bony edges of the shoulder blade.' from technique where slug = 'massage-gun-shoulders';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep it moving and let the gun''s weight do the work.' from technique where slug = 'massage-gun-shoulders';
insert into technique_caution (technique_id, position, text) select id, 3,
    'If you are using it on someone else, ask how it feels and turn it down if needed.' from technique where slug = 'massage-gun-shoulders';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'massage-gun-shoulders';

-- Neck and shoulder massager
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('neck-shoulder-massager', 'Neck and shoulder massager', 'massage', 'self', 'seated', 'moderate', 300, 1,
    'An electric massager that sits around the neck and kneads the muscles of the neck and the tops of the shoulders. It feels like slow, rolling thumbs and suits a neck that is stiff from desk work.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'neck-shoulder-massager';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'neck-shoulder-massager' and a.slug in ('neck', 'shoulders');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'neck-shoulder-massager' and o.slug in ('neck-massager');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Read the device''s instructions first. Sit in a comfortable chair with your back supported.' from technique where slug = 'neck-shoulder-massager';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Put the massager around your neck so the kneading heads rest on the muscles either side of the neck or on the tops of your shoulders.' from technique where slug = 'neck-shoulder-massager';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Start on the lowest setting. If it has arm loops, rest your forearms in them and pull down gently to adjust the pressure.' from technique where slug = 'neck-shoulder-massager';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Move it every minute or so to cover the lower neck and the tops of the shoulders. After about five minutes, switch it off and roll your shoulders slowly.' from technique where slug = 'neck-shoulder-massager';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep the heads off the front of the neck and the throat.' from technique where slug = 'neck-shoulder-massager';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Start on the lowest setting and keep sessions short; follow the maker''s time limit.' from technique where slug = 'neck-shoulder-massager';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop if you feel dizzy, or notice tingling or numbness in your arms.' from technique where slug = 'neck-shoulder-massager';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'neck-shoulder-massager';

-- Back massager
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('back-massager', 'Back massager', 'massage', 'self', 'seated', 'moderate', 300, 1,
    'An electric cushion or seat pad whose rolling heads work the muscles either side of the spine while you sit back against it. It feels like slow kneading and suits a back that is stiff from sitting.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'back-massager';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'back-massager' and a.slug in ('upper-back', 'lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'back-massager' and o.slug in ('back-massager');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Fit the back massager to a chair with a firm back, or lean it against one, following the device''s instructions.' from technique where slug = 'back-massager';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Sit back so the rolling heads rest on the muscles either side of your spine. Start on the lowest setting.' from technique where slug = 'back-massager';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Every minute or so, shift up or down a little (or use the controls) to cover the mid-back and the lower back.' from technique where slug = 'back-massager';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Breathe slowly and let your back relax. After about five minutes, switch it off and sit quietly for a moment before you stand up.' from technique where slug = 'back-massager';
insert into technique_caution (technique_id, position, text) select id, 1,
    'If the heads press on the spine itself, move the device or put a thin towel between you and it.' from technique where slug = 'back-massager';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Start low and keep sessions short; follow the maker''s time limit.' from technique where slug = 'back-massager';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Tender is fine, hurting is not: ease off straight away if you feel sharp, burning or shooting pain.' from technique where slug = 'back-massager';
insert into technique_caution (technique_id, position, text) select id, 4,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'back-massager';

-- Heated massager for the lower back
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('heated-massager', 'Heated massager for the lower back', 'massage', 'self', 'seated', 'light', 300, 1,
    'A massage pad or wrap with gentle warmth, placed on the lower back or around the neck and shoulders. The heat helps tight muscles relax and feels comforting.');
insert into technique_phase (technique_id, phase) select id, 'massage' from technique where slug = 'heated-massager';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'heated-massager' and a.slug in ('lower-back', 'neck', 'shoulders');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'heated-massager' and o.slug in ('heated-massager');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit comfortably. Before you start, set the heat to low and the massage to the lowest setting.' from technique where slug = 'heated-massager';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Place the pad over your lower back, or drape the wrap around your neck and shoulders, with a layer of clothing between it and your skin.' from technique where slug = 'heated-massager';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Relax and breathe slowly for about five minutes. Check your skin after a few minutes: it should be warm and slightly pink, not red or sore.' from technique where slug = 'heated-massager';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Switch it off and take it off when you are done.' from technique where slug = 'heated-massager';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Never use it on numb skin or when you are drowsy, and never fall asleep with it on.' from technique where slug = 'heated-massager';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep the heat low, and do not use it on broken or burnt skin or on a fresh, swollen injury.' from technique where slug = 'heated-massager';
insert into technique_caution (technique_id, position, text) select id, 3,
    'If you have diabetes or poor circulation, ask your doctor first: you may not feel when it is too hot.' from technique where slug = 'heated-massager';

-- Flat back (90/90)
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('flat-back-90-90', 'Flat back (90/90)', 'stretch', 'any', 'lying-on-back', 'light', 120, 1,
    'You lie on the floor with your lower legs resting on a couch, hips and knees bent to right angles. It barely feels like a stretch, but it takes a lot of strain off a sore lower back.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'flat-back-90-90';
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'flat-back-90-90';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'flat-back-90-90' and a.slug in ('lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'flat-back-90-90' and o.slug in ('couch');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Lie on your back on a mat or rug, close to the front of a couch or low bed.' from technique where slug = 'flat-back-90-90';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lift your legs and rest your calves on the seat. Shuffle nearer or further until your hips and knees are both bent at right angles, thighs pointing straight up.' from technique where slug = 'flat-back-90-90';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Rest your arms by your sides, palms up. Let the small of your back sink gently toward the floor so your whole back is in contact with it.' from technique where slug = 'flat-back-90-90';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Breathe slowly into your belly. Stay for about two minutes, or longer if it feels good.' from technique where slug = 'flat-back-90-90';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'To come out, lift your legs off the couch one at a time, roll onto your side and push yourself up with your hands.' from technique where slug = 'flat-back-90-90';
insert into technique_caution (technique_id, position, text) select id, 1,
    'If the seat is too high or too low, put cushions under your calves or your hips to get close to right angles.' from technique where slug = 'flat-back-90-90';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Let your back settle into the floor on its own; do not force it down.' from technique where slug = 'flat-back-90-90';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'flat-back-90-90';

-- Glute stretch: thread the needle (figure four)
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('thread-the-needle', 'Glute stretch: thread the needle (figure four)', 'stretch', 'any', 'lying-on-back', 'light', 90, 2,
    'A figure-four stretch on your back: one ankle rests on the other knee and you draw both legs toward you. You feel it deep in the buttock and outer hip of the crossed leg.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'thread-the-needle';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'thread-the-needle' and a.slug in ('glutes', 'hips', 'lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'thread-the-needle' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Lie face up on a mat, knees up and both soles on the floor.' from technique where slug = 'thread-the-needle';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Cross your right ankle over your left thigh, just above the knee, and let the right knee fall out to the side.' from technique where slug = 'thread-the-needle';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Thread your right hand through the gap between your legs and bring your left hand round the outside, then hold the back of your left thigh with both hands.' from technique where slug = 'thread-the-needle';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Gently draw the left thigh toward your chest until you feel a stretch in the right buttock. Keep your head and shoulders down and breathe slowly for 30 to 45 seconds.' from technique where slug = 'thread-the-needle';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Let go, put both feet down, and repeat with the left ankle over the right thigh.' from technique where slug = 'thread-the-needle';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Stretch gently, without bouncing: you should feel a mild pull, never pain.' from technique where slug = 'thread-the-needle';
insert into technique_caution (technique_id, position, text) select id, 2,
    'If you cannot reach your thigh comfortably, loop a towel around it and hold the ends.' from technique where slug = 'thread-the-needle';
insert into technique_caution (technique_id, position, text) select id, 3,
    'If the crossed knee hurts, do not pull as far, or use the seated figure-four stretch instead.' from technique where slug = 'thread-the-needle';

-- Gentle supine twist
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, movement, summary) values ('supine-twist', 'Gentle supine twist', 'stretch', 'any', 'lying-on-back', 'light', 90, 2, 'spinal-rotation',
    'Lying on your back, you let both bent knees drop to one side while your shoulders stay on the floor. It gently turns the spine and feels like a long, easy release through the back and hips.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'supine-twist';
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'supine-twist';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'supine-twist' and a.slug in ('lower-back', 'upper-back', 'glutes');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'supine-twist' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Lie on your back and hug both knees in toward your chest.' from technique where slug = 'supine-twist';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Spread your arms out wide on the floor at shoulder height, palms facing up.' from technique where slug = 'supine-twist';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'As you breathe out, slowly lower both knees together to the right, keeping both shoulders on the floor. Turn your head gently to the left if that feels fine.' from technique where slug = 'supine-twist';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Stay for 30 to 40 seconds, breathing slowly, letting the knees sink only as far as is comfortable.' from technique where slug = 'supine-twist';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'Breathe in and bring your knees back to the middle, then lower them to the left for the same time.' from technique where slug = 'supine-twist';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Go only as far as is comfortable. Put a cushion under your knees if they do not reach the floor.' from technique where slug = 'supine-twist';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Stop if you feel pain shooting down a leg.' from technique where slug = 'supine-twist';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'supine-twist';

-- Knee-to-chest stretch
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('knee-to-chest', 'Knee-to-chest stretch', 'stretch', 'any', 'lying-on-back', 'light', 90, 2,
    'Lying on your back, you draw one knee at a time toward your chest. You feel a soft stretch in the lower back and buttock, and it often brings quick relief to a stiff back.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'knee-to-chest';
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'knee-to-chest';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'knee-to-chest' and a.slug in ('lower-back', 'glutes');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'knee-to-chest' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Lie face up on a mat with both knees up and your feet resting on the floor.' from technique where slug = 'knee-to-chest';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Hold behind one thigh, or over the shin if your knee is comfortable, and slowly draw that knee toward your chest.' from technique where slug = 'knee-to-chest';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Keep the other foot on the floor and let your lower back relax. Hold for 30 to 40 seconds, breathing slowly.' from technique where slug = 'knee-to-chest';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Lower the leg and do the same with the other knee. If it feels good, finish by hugging both knees in together for a few breaths.' from technique where slug = 'knee-to-chest';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Hold behind the thigh rather than over the kneecap if your knees are sore.' from technique where slug = 'knee-to-chest';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Stretch gently, without bouncing: you should feel a mild pull, never pain.' from technique where slug = 'knee-to-chest';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'knee-to-chest';

-- Cat-cow
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('cat-cow', 'Cat-cow', 'stretch', 'any', 'kneeling', 'light', 60, 1,
    'On hands and knees, you slowly arch and round your back in time with your breath. It loosens the whole spine and is a good way to wake up a stiff back.');
insert into technique_phase (technique_id, phase) select id, 'warm-up' from technique where slug = 'cat-cow';
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'cat-cow';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'cat-cow' and a.slug in ('lower-back', 'upper-back', 'neck');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'cat-cow' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Get onto your hands and knees, hands under your shoulders and knees under your hips. Put a folded towel under your knees if they need padding.' from technique where slug = 'cat-cow';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Breathe in and let your belly sink slowly toward the floor while you lift your chest and look slightly forward (cow).' from technique where slug = 'cat-cow';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Breathe out and round your back up toward the ceiling, tucking your chin and your tailbone under (cat).' from technique where slug = 'cat-cow';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Keep moving slowly with your breath, about five seconds each way, for one minute.' from technique where slug = 'cat-cow';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep the movement small and smooth, and only arch as far as is comfortable.' from technique where slug = 'cat-cow';
insert into technique_caution (technique_id, position, text) select id, 2,
    'If your wrists hurt, rest on your fists or your forearms instead.' from technique where slug = 'cat-cow';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'cat-cow';

-- Child's pose
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('childs-pose', 'Child''s pose', 'stretch', 'any', 'kneeling', 'light', 60, 1,
    'Kneeling, you sit back toward your heels and lower your chest toward the floor with your arms reaching forward. It gently lengthens the back and shoulders and feels restful.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'childs-pose';
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'childs-pose';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'childs-pose' and a.slug in ('lower-back', 'upper-back', 'shoulders', 'hips');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'childs-pose' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Kneel on the floor with your big toes touching and your knees about hip-width apart or a little wider.' from technique where slug = 'childs-pose';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Sit back toward your heels and walk your hands forward, lowering your chest toward the floor.' from technique where slug = 'childs-pose';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Rest your forehead on the floor or a cushion, with your arms stretched out in front or lying by your sides.' from technique where slug = 'childs-pose';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Breathe slowly into your back for about a minute. To come up, walk your hands back toward your knees and sit up slowly.' from technique where slug = 'childs-pose';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Put a cushion between your buttocks and heels, or under your knees, if they are stiff or sore.' from technique where slug = 'childs-pose';
insert into technique_caution (technique_id, position, text) select id, 2,
    'If kneeling hurts your knees, skip this and use the knee-to-chest stretch instead.' from technique where slug = 'childs-pose';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'childs-pose';

-- Seated figure-four glute stretch
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('seated-figure-four', 'Seated figure-four glute stretch', 'stretch', 'any', 'seated', 'light', 90, 2,
    'Sitting on a chair, you rest one ankle on the other knee and lean forward. It stretches the buttock and outer hip and is easy to do at a desk.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'seated-figure-four';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'seated-figure-four' and a.slug in ('glutes', 'hips', 'lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'seated-figure-four' and o.slug in ('chair');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit tall near the front of a sturdy chair with both feet flat on the floor.' from technique where slug = 'seated-figure-four';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lift your right foot and rest the ankle on your left thigh, just above the knee. Let the right knee drop toward the floor.' from technique where slug = 'seated-figure-four';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Keeping your back straight, lean forward slowly from the hips until you feel a stretch in the right buttock.' from technique where slug = 'seated-figure-four';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Hold for 30 to 45 seconds, breathing slowly, then sit up and switch legs.' from technique where slug = 'seated-figure-four';
insert into technique_caution (technique_id, position, text) select id, 1,
    'If your knee complains, do not push it down; just sit tall without leaning forward.' from technique where slug = 'seated-figure-four';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Lean from the hips instead of rounding your back.' from technique where slug = 'seated-figure-four';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stretch gently, without bouncing: you should feel a mild pull, never pain.' from technique where slug = 'seated-figure-four';

-- Seated twist on a chair
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, movement, summary) values ('seated-twist', 'Seated twist on a chair', 'stretch', 'any', 'seated', 'light', 60, 2, 'spinal-rotation',
    'Sitting tall on a chair, you slowly turn your upper body to one side and then the other. It eases stiffness through the middle and lower back after sitting still.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'seated-twist';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'seated-twist' and a.slug in ('upper-back', 'lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'seated-twist' and o.slug in ('chair');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit tall on a sturdy chair, feet flat on the floor and knees pointing forward.' from technique where slug = 'seated-twist';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Breathe in and lengthen your spine. Breathe out and slowly turn your upper body to the right, resting your left hand on your right knee and your right hand on the seat behind you.' from technique where slug = 'seated-twist';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Hold for 20 to 30 seconds, sitting tall and breathing slowly. Turn from the middle of your back and keep your hips facing forward.' from technique where slug = 'seated-twist';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Come back to the middle slowly, then turn to the left for the same time.' from technique where slug = 'seated-twist';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Turn gently; do not use your arms to crank yourself further round.' from technique where slug = 'seated-twist';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Stop if the twist brings on pain down a leg.' from technique where slug = 'seated-twist';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'seated-twist';

-- Neck side stretch
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('neck-side-stretch', 'Neck side stretch', 'stretch', 'any', 'seated', 'light', 60, 2,
    'Sitting tall, you tip one ear toward your shoulder. You feel a gentle stretch down the side of the neck into the top of the shoulder.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'neck-side-stretch';
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'neck-side-stretch';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'neck-side-stretch' and a.slug in ('neck', 'shoulders');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'neck-side-stretch' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit tall with both shoulders relaxed. Hold the edge of the seat with your left hand to keep that shoulder down.' from technique where slug = 'neck-side-stretch';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Slowly tip your right ear toward your right shoulder until you feel a stretch along the left side of your neck.' from technique where slug = 'neck-side-stretch';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'For a little more, rest your right hand lightly on the side of your head. Let its weight do the work; do not pull.' from technique where slug = 'neck-side-stretch';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Hold for 20 to 30 seconds, breathing slowly, then lift your head back to the middle and switch sides.' from technique where slug = 'neck-side-stretch';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Never jerk or bounce your head.' from technique where slug = 'neck-side-stretch';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Stop if you feel dizzy, or get tingling or numbness in your arm or hand.' from technique where slug = 'neck-side-stretch';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'neck-side-stretch';

-- Shoulder rolls
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('shoulder-rolls', 'Shoulder rolls', 'stretch', 'any', 'standing', 'light', 45, 1,
    'Slow circles of both shoulders, backward and then forward. A quick way to loosen the shoulders and neck before other work.');
insert into technique_phase (technique_id, phase) select id, 'warm-up' from technique where slug = 'shoulder-rolls';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'shoulder-rolls' and a.slug in ('shoulders', 'neck', 'upper-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'shoulder-rolls' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Stand or sit tall with your arms hanging loosely by your sides.' from technique where slug = 'shoulder-rolls';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Lift both shoulders up toward your ears, draw them back, lower them down, then bring them forward, in one slow, smooth circle.' from technique where slug = 'shoulder-rolls';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Do 8 to 10 slow circles backward, breathing easily, then 8 to 10 forward.' from technique where slug = 'shoulder-rolls';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep the circles slow and within a comfortable range.' from technique where slug = 'shoulder-rolls';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Stop if a shoulder catches or clicks with pain.' from technique where slug = 'shoulder-rolls';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'shoulder-rolls';

-- Chest stretch against a wall
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('wall-chest-stretch', 'Chest stretch against a wall', 'stretch', 'any', 'standing', 'light', 60, 2,
    'With your forearm against a wall, you turn your body away to open up the chest. It counters the hunched posture of desk and phone work.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'wall-chest-stretch';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'wall-chest-stretch' and a.slug in ('chest', 'shoulders');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'wall-chest-stretch' and o.slug in ('wall');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Stand side-on to a wall. Place your right forearm and palm flat on the wall, elbow bent at a right angle and level with your shoulder.' from technique where slug = 'wall-chest-stretch';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Step forward with your right foot and slowly turn your body away from the wall until you feel a stretch across the front of your chest and shoulder.' from technique where slug = 'wall-chest-stretch';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Hold for 20 to 30 seconds, breathing slowly, with the shoulder down and away from your ear.' from technique where slug = 'wall-chest-stretch';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Turn back, then switch sides.' from technique where slug = 'wall-chest-stretch';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep the elbow at or below shoulder height and do not force the arm back.' from technique where slug = 'wall-chest-stretch';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Stop if you feel tingling or numbness running down your arm.' from technique where slug = 'wall-chest-stretch';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stretch gently, without bouncing: you should feel a mild pull, never pain.' from technique where slug = 'wall-chest-stretch';

-- Cross-body shoulder stretch
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('cross-body-shoulder-stretch', 'Cross-body shoulder stretch', 'stretch', 'any', 'standing', 'light', 60, 2,
    'You draw one arm across your chest with the other hand. You feel it across the back of the shoulder and between the shoulder blades.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'cross-body-shoulder-stretch' and a.slug in ('shoulders', 'upper-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'cross-body-shoulder-stretch' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Stand tall and bring your right arm straight across your chest at about shoulder height.' from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Hold it with your left hand just above the elbow and gently draw it closer to your chest.' from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Keep your right shoulder down and relaxed. Hold for 20 to 30 seconds, breathing slowly.' from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Let go and repeat with the left arm.' from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Hold above the elbow, not on the elbow joint itself.' from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Pull gently: you should feel a stretch at the back of the shoulder, not pain at the front.' from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'cross-body-shoulder-stretch';

-- Standing thigh (quad) stretch
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('standing-quad-stretch', 'Standing thigh (quad) stretch', 'stretch', 'any', 'standing', 'light', 60, 2,
    'Standing with a hand on the wall, you bend one knee and draw the heel toward your buttock. You feel a stretch down the front of the thigh and hip.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'standing-quad-stretch';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'standing-quad-stretch' and a.slug in ('thighs', 'hips');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'standing-quad-stretch' and o.slug in ('wall');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Stand side-on to a wall with your left hand flat on it for balance.' from technique where slug = 'standing-quad-stretch';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Bend your right knee and take hold of your right ankle (or your sock, or a towel looped around it) with your right hand.' from technique where slug = 'standing-quad-stretch';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Draw the heel gently toward your buttock, knees side by side and hips tucked slightly under, until you feel a stretch down the front of the thigh.' from technique where slug = 'standing-quad-stretch';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Hold for 20 to 30 seconds, then lower the foot slowly, turn round and switch legs.' from technique where slug = 'standing-quad-stretch';
insert into technique_caution (technique_id, position, text) select id, 1,
    'If your knee hurts when fully bent, use a towel around the ankle and do not pull as far.' from technique where slug = 'standing-quad-stretch';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep a hand on the wall so you do not lose your balance.' from technique where slug = 'standing-quad-stretch';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stand tall and do not let your lower back arch.' from technique where slug = 'standing-quad-stretch';

-- Seated hamstring stretch
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('seated-hamstring-stretch', 'Seated hamstring stretch', 'stretch', 'any', 'seated', 'light', 60, 2,
    'Sitting on the edge of a chair with one leg straight, you lean forward from the hips. You feel a stretch down the back of the thigh.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'seated-hamstring-stretch';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'seated-hamstring-stretch' and a.slug in ('hamstrings', 'lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'seated-hamstring-stretch' and o.slug in ('chair');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit near the front edge of a sturdy chair. Straighten your right leg in front of you, heel on the floor and toes pointing up; keep the left foot flat.' from technique where slug = 'seated-hamstring-stretch';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'With your back straight, lean forward slowly from the hips until you feel a stretch down the back of the right thigh.' from technique where slug = 'seated-hamstring-stretch';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Rest your hands on your left thigh and hold for 20 to 30 seconds, breathing slowly.' from technique where slug = 'seated-hamstring-stretch';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Sit up slowly, then switch legs.' from technique where slug = 'seated-hamstring-stretch';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Lean from the hips; do not round your back or reach for your toes.' from technique where slug = 'seated-hamstring-stretch';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep a slight bend in the knee if the back of it pulls or hurts.' from technique where slug = 'seated-hamstring-stretch';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Make sure the chair cannot slide or tip.' from technique where slug = 'seated-hamstring-stretch';

-- Calf stretch against a wall
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('wall-calf-stretch', 'Calf stretch against a wall', 'stretch', 'any', 'standing', 'light', 60, 2,
    'Hands on a wall and one leg stepped back, you lean in with the back heel down. You feel a stretch in the calf and toward the heel.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'wall-calf-stretch';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'wall-calf-stretch' and a.slug in ('calves', 'feet');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'wall-calf-stretch' and o.slug in ('wall');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Stand facing a wall with both hands flat on it at shoulder height.' from technique where slug = 'wall-calf-stretch';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Step your right foot back about a stride, leg straight and heel on the floor; bend your left knee.' from technique where slug = 'wall-calf-stretch';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Lean slowly toward the wall until you feel a stretch in the right calf. Keep both feet pointing straight ahead.' from technique where slug = 'wall-calf-stretch';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Hold for 20 to 30 seconds, breathing slowly, then switch legs. To reach the lower calf, bend the back knee slightly while keeping the heel down.' from technique where slug = 'wall-calf-stretch';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep the back heel on the floor and do not bounce.' from technique where slug = 'wall-calf-stretch';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Do not stretch a calf that is warm, red, swollen or painful: see a doctor today, as it could be a blood clot.' from technique where slug = 'wall-calf-stretch';

-- Kneeling hip flexor stretch
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('kneeling-hip-flexor-stretch', 'Kneeling hip flexor stretch', 'stretch', 'any', 'kneeling', 'light', 60, 2,
    'In a half-kneeling position, you shift your weight forward to stretch the front of the back leg''s hip. It helps hips that are tight from long hours of sitting.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'kneeling-hip-flexor-stretch' and a.slug in ('hips', 'thighs');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'kneeling-hip-flexor-stretch' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Kneel on your right knee on a cushion or folded towel, with your left foot flat on the floor in front and the left knee bent at a right angle.' from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Rest your hands on your left thigh or your hips, and gently tuck your tailbone under.' from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Shift your weight slowly forward until you feel a stretch at the front of the right hip, keeping your body upright.' from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Hold for 20 to 30 seconds, breathing slowly, then switch legs.' from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Pad the kneeling knee well, and skip this if kneeling hurts.' from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Keep your lower back from arching so the stretch stays in the front of the hip.' from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Hold on to a chair or the wall if your balance is unsteady.' from technique where slug = 'kneeling-hip-flexor-stretch';

-- Standing IT band stretch
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('standing-it-band-stretch', 'Standing IT band stretch', 'stretch', 'any', 'standing', 'light', 60, 2,
    'Standing side-on to a wall with one leg crossed behind, you push the hip out toward the wall. You feel a stretch along the outside of the hip and thigh.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'standing-it-band-stretch';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'standing-it-band-stretch' and a.slug in ('it-band', 'hips');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'standing-it-band-stretch' and o.slug in ('wall');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Stand side-on to a wall, left shoulder toward it, with your left hand on the wall.' from technique where slug = 'standing-it-band-stretch';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Cross your left leg behind your right leg.' from technique where slug = 'standing-it-band-stretch';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Slowly push your left hip out toward the wall and lean your upper body gently away, until you feel a stretch along the outside of the left hip and thigh.' from technique where slug = 'standing-it-band-stretch';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Hold for 20 to 30 seconds, breathing slowly, then turn round and switch sides.' from technique where slug = 'standing-it-band-stretch';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Keep weight on both feet and move slowly so you stay balanced.' from technique where slug = 'standing-it-band-stretch';
insert into technique_caution (technique_id, position, text) select id, 2,
    'Stop if you feel pain on the outside of the knee.' from technique where slug = 'standing-it-band-stretch';
insert into technique_caution (technique_id, position, text) select id, 3,
    'Stop and get medical help if your pain is getting worse, is not easing, or new symptoms such as numbness, tingling or weakness appear.' from technique where slug = 'standing-it-band-stretch';

-- Sole-of-the-foot stretch
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('plantar-stretch', 'Sole-of-the-foot stretch', 'stretch', 'any', 'seated', 'light', 60, 2,
    'Sitting with one foot across your knee, you pull the toes back toward the shin. You feel a stretch along the sole and arch, which helps sore, tight feet.');
insert into technique_phase (technique_id, phase) select id, 'stretch' from technique where slug = 'plantar-stretch';
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'plantar-stretch';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'plantar-stretch' and a.slug in ('feet');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'plantar-stretch' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Sit on a chair and rest your right ankle on your left knee.' from technique where slug = 'plantar-stretch';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Hold your toes with your right hand and gently pull them back toward your shin until you feel a stretch along the sole and arch.' from technique where slug = 'plantar-stretch';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'With your other hand, stroke gently along the arch from the heel toward the toes.' from technique where slug = 'plantar-stretch';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Hold for 20 to 30 seconds, then switch feet.' from technique where slug = 'plantar-stretch';
insert into technique_caution (technique_id, position, text) select id, 1,
    'Pull gently; you should feel it in the arch, not as pain in the heel.' from technique where slug = 'plantar-stretch';
insert into technique_caution (technique_id, position, text) select id, 2,
    'See a doctor or podiatrist if heel pain lasts more than a few weeks.' from technique where slug = 'plantar-stretch';

-- Belly breathing to finish
insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary) values ('belly-breathing', 'Belly breathing to finish', 'stretch', 'any', 'lying-on-back', 'light', 60, 1,
    'Lying quietly with a hand on your belly, you take slow, deep breaths into it. It calms you down, relaxes the belly and lower back, and is a soft way to end a routine.');
insert into technique_phase (technique_id, phase) select id, 'cool-down' from technique where slug = 'belly-breathing';
insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a where t.slug = 'belly-breathing' and a.slug in ('abdomen', 'lower-back');
insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o where t.slug = 'belly-breathing' and o.slug in ('hands');
insert into technique_instruction (technique_id, position, text) select id, 1,
    'Lie on your back with knees bent and feet flat (or your calves on a couch), with a cushion under your head.' from technique where slug = 'belly-breathing';
insert into technique_instruction (technique_id, position, text) select id, 2,
    'Put one hand on your belly and the other on your chest.' from technique where slug = 'belly-breathing';
insert into technique_instruction (technique_id, position, text) select id, 3,
    'Breathe in slowly through your nose for about four seconds, letting your belly rise under your hand while your chest stays still.' from technique where slug = 'belly-breathing';
insert into technique_instruction (technique_id, position, text) select id, 4,
    'Breathe out gently through your mouth for about six seconds and let your belly fall. Keep going for about a minute.' from technique where slug = 'belly-breathing';
insert into technique_instruction (technique_id, position, text) select id, 5,
    'To get up, roll onto your side and push up slowly with your hands.' from technique where slug = 'belly-breathing';
insert into technique_caution (technique_id, position, text) select id, 1,
    'If you feel light-headed, go back to normal breathing for a while.' from technique where slug = 'belly-breathing';
insert into technique_caution (technique_id, position, text) select id, 2,
    'If lying on your back is uncomfortable (for example later in pregnancy), do this lying on your side or sitting up.' from technique where slug = 'belly-breathing';
