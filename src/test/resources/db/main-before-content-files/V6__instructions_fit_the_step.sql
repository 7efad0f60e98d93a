-- Instructions that never contradict the step's time, and fit the routine they are in (British English).
-- 1. A step's time comes from the routine (the builder lengthens and shortens steps), so no instruction
--    names how long the step or a side lasts: "when the time for this side is up", never "after about
--    a minute". Rhythms stay ("one stroke every four seconds", "three seconds each way"); holds on a
--    tender spot are counted in breaths.
-- 2. A line can be for one area only (only_area) or only when a tool is at hand (only_tool): a routine
--    for the lower back shows a warm-up's lower-back line and not its neck line, and lotion is
--    mentioned only when the person has some. The catalog page shows every line.
-- 3. longest_seconds: the longest a therapist would ask for this technique in one step (thumbs, balls
--    and guns on one spot less than twice their typical time; a stretch held at most a minute a side).
--    The builder spends time beyond it on more techniques instead.
alter table technique_instruction add column only_area varchar(40) references body_area (slug);
alter table technique_instruction add column only_tool varchar(40) references tool (slug);
delete from technique_instruction;


-- effleurage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Wash and warm your hands. Ask your partner to lie face down on a firm bed or a mat, with a pillow under the hips or ankles if that is more comfortable.', null, null from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'If you are working on bare skin, rub a little lotion or oil between your palms so your hands glide.', null, 'lotion' from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Rest both hands flat on the lower back, one either side of the spine. Glide them slowly up beside the spine, fan them out over the sides of the back and slide them lightly back down to the waist.', 'lower-back', null from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Glide both hands slowly up the back to the shoulders, sweep them out over the shoulder blades and slide them lightly back down the sides. Do not lift your hands off between strokes.', 'upper-back', null from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'On the shoulders, glide from the base of the neck out towards the tops of the arms, then let your hands slide back with almost no pressure.', 'shoulders', null from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 6,
    'On the buttocks, sweep in wide circles from the lower back outwards, then let your hands slide back with almost no pressure.', 'glutes', null from technique where slug = 'effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 7,
    'Keep an easy, even rhythm of about one stroke every four or five seconds until the time is up, and keep checking how it feels.', null, null from technique where slug = 'effleurage';

-- self-effleurage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit comfortably on the front half of a chair with both feet on the floor, and wash your hands.', null, null from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'If the skin is bare, warm a little lotion or oil between your palms so your hands glide.', null, 'lotion' from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Lay a flat, relaxed hand on the side of your neck and stroke slowly down towards the shoulder with your whole palm, then change hands for the other side.', 'neck', null from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Reach across with one hand to the top of the opposite shoulder and stroke slowly from the neck out towards the arm, then change hands.', 'shoulders', null from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Lay a flat hand on your upper chest and stroke slowly across it towards the armpit, then change hands.', 'chest', null from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 6,
    'Put both palms on your lower back either side of the spine and stroke slowly up and down beside it, as far as you can reach comfortably.', 'lower-back', null from technique where slug = 'self-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 7,
    'Let each stroke come back lightly, without pressure, and keep a slow, steady rhythm of about one stroke every three or four seconds while you breathe slowly.', null, null from technique where slug = 'self-effleurage';

-- leg-effleurage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit on the floor or a bed with one leg out straight and the knee softly bent, or lie on your back while a partner kneels beside you. Use clean hands.', null, null from technique where slug = 'leg-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'On bare skin, warm a little lotion or oil between your palms first.', null, 'lotion' from technique where slug = 'leg-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Wrap both flat hands around the ankle and glide slowly up the calf, over the side of the knee and up the thigh to the hip, always moving towards the heart.', null, null from technique where slug = 'leg-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Let the hands slide back down lightly along the sides of the leg without lifting off, then stroke up again. Keep an even, unhurried rhythm.', null, null from technique where slug = 'leg-effleurage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'When the time for this leg is up, change to the other leg.', null, null from technique where slug = 'leg-effleurage';

-- leg-kneading
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Warm the leg first with light upward strokes. Sit with the knee bent and the foot flat so the calf and hamstrings are soft, or lie face down for a partner.', null, null from technique where slug = 'leg-kneading';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Hold the calf with both hands, fingers on one side and thumbs on the other. Squeeze and lift the muscle a little, then let go, moving up from just above the ankle to just below the knee.', null, null from technique where slug = 'leg-kneading';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Move to the back of the thigh and knead the same way from above the knee towards the buttock, along the muscle and then across it.', null, null from technique where slug = 'leg-kneading';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Finish with a few light strokes up the leg towards the heart, then change legs when the time for this leg is up.', null, null from technique where slug = 'leg-kneading';

-- spine-sacrum-circular-kneading
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Ask your partner to lie face down with a pillow under the hips. Wash your hands and warm the back with a few slow, light strokes.', null, null from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'On bare skin, use a little lotion or oil so your hands move smoothly.', null, 'lotion' from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Place your thumbs or finger pads on the muscles about two finger-widths out from the spine, just above the waistband, one hand on each side.', null, null from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Make small, slow circles, about one a second, moving the skin over the muscle rather than sliding across it. Work up towards the bottom of the ribs, then back down.', null, null from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Move down to the sacrum, the flat triangle of bone just above the buttocks, and circle gently around its edges rather than on top of it.', null, null from technique where slug = 'spine-sacrum-circular-kneading';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 6,
    'Keep checking how it feels, and in the last moments finish with a few long, light strokes up the back.', null, null from technique where slug = 'spine-sacrum-circular-kneading';

-- glute-kneading-compression
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'With your partner lying face down, warm the lower back and buttocks with a few slow, light strokes. This works through clothing.', null, null from technique where slug = 'glute-kneading-compression';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Use lotion or oil only on bare skin.', null, 'lotion' from technique where slug = 'glute-kneading-compression';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Put both hands on one buttock and knead it: grip, lift gently and squeeze, one hand after the other.', null, null from technique where slug = 'glute-kneading-compression';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Then press: lay the heel of one hand on the muscle, put the other hand on top, and lean in slowly as your partner breathes out, then ease off. Move a hand-width and repeat across the buttock.', null, null from technique where slug = 'glute-kneading-compression';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Do the same on the other side, giving both sides about the same time.', null, null from technique where slug = 'glute-kneading-compression';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 6,
    'Finish with a few light strokes from the buttocks up over the lower back.', null, null from technique where slug = 'glute-kneading-compression';

-- petrissage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Warm the area first with a few slow, light strokes.', null, null from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'On bare skin, keep a little lotion or oil on your hands.', null, 'lotion' from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Put both hands on the fleshy top of one shoulder, between the neck and the shoulder tip.', 'shoulders', null from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Put both hands on the thick muscle between one shoulder blade and the spine.', 'upper-back', null from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Put both hands on the muscle at the side of the lower back, beside the spine but never on it.', 'lower-back', null from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 6,
    'Put both hands on one buttock.', 'glutes', null from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 7,
    'Grip the muscle gently between your fingers and the heel of your hand, lift it slightly, squeeze, then let go, as if kneading soft dough. Take turns with each hand in a slow, steady rhythm.', null, null from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 8,
    'Work along the length of the muscle, then turn your hands and knead across it, and share the time evenly between the two sides.', null, null from technique where slug = 'petrissage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 9,
    'Ask how the pressure feels every so often, and finish each area with a few light strokes.', null, null from technique where slug = 'petrissage';

-- seated-lower-back-self-massage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit near the front of a sturdy chair with both feet on the floor about hip-width apart. Sit tall rather than leaning back.', null, null from technique where slug = 'seated-lower-back-self-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Reach behind you and put your thumbs on the muscles either side of your spine, just above your hips, with your fingers wrapped around your waist.', null, null from technique where slug = 'seated-lower-back-self-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Press in gently and make small circles with your thumbs, working slowly upwards as far as you can comfortably reach, then back down. Breathe slowly.', null, null from technique where slug = 'seated-lower-back-self-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'If your thumbs get tired, make loose fists and rub up and down beside the spine with the flat of your knuckles.', null, null from technique where slug = 'seated-lower-back-self-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'When the time is up, rest your warm hands on your lower back for a few breaths.', null, null from technique where slug = 'seated-lower-back-self-massage';

-- tennis-ball-back-massage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Lie on your back on a mat or carpet with knees bent and feet flat. Put a tennis ball under the muscle on one side of your spine, never under the spine itself.', null, null from technique where slug = 'tennis-ball-back-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Let your weight settle onto the ball slowly. When you find a tender spot, breathe out and stay there for three or four slow breaths.', null, null from technique where slug = 'tennis-ball-back-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Shift the ball a little at a time, using your hands or by pushing gently with your feet, anywhere from the top of the pelvis to between the shoulder blades.', null, null from technique where slug = 'tennis-ball-back-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Half-way through the time, move the ball to the other side of the spine and repeat.', null, null from technique where slug = 'tennis-ball-back-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'To finish, roll sideways off the ball first, then get onto your hands and knees and stand up. Do not sit straight up while the ball is still under you.', null, null from technique where slug = 'tennis-ball-back-massage';

-- wall-ball-shoulders
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Stand with your back to a wall, feet about 30 cm (a foot) out from it. Put a tennis ball between the wall and the muscle just above or beside one shoulder blade.', null, null from technique where slug = 'wall-ball-shoulders';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Lean back into the ball until you feel steady pressure. Bend and straighten your knees slowly to roll the ball up and down.', null, null from technique where slug = 'wall-ball-shoulders';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Shift your body sideways a little to reach the strip between the shoulder blade and the spine. On a tender spot, stay still and breathe out for three or four slow breaths.', null, null from technique where slug = 'wall-ball-shoulders';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, move the ball to the other side and repeat.', null, null from technique where slug = 'wall-ball-shoulders';

-- wall-ball-chest
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Stand facing a wall. Hold a tennis ball against the front of your chest, just below the collarbone and a few finger-widths in from the shoulder.', null, null from technique where slug = 'wall-ball-chest';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Lean gently towards the wall so the ball presses into the muscle, and let that arm hang loose.', null, null from technique where slug = 'wall-ball-chest';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Make small circles and short up-and-down rolls by moving your body, breathing slowly. Stay on a tight spot for two or three slow breaths.', null, null from technique where slug = 'wall-ball-chest';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, switch the ball to the other side.', null, null from technique where slug = 'wall-ball-chest';

-- golf-ball-wall-release
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Stand with your back to a wall, or facing it for the chest.', null, null from technique where slug = 'golf-ball-wall-release';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Place a golf ball on one small tight spot on top of the shoulder.', 'shoulders', null from technique where slug = 'golf-ball-wall-release';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Place a golf ball on one small tight spot beside the shoulder blade.', 'upper-back', null from technique where slug = 'golf-ball-wall-release';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Place a golf ball on one small tight spot just below the collarbone, and face the wall.', 'chest', null from technique where slug = 'golf-ball-wall-release';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Lean in only lightly, much less than you would on a tennis ball. You should feel a small point of pressure, not a deep ache.', null, null from technique where slug = 'golf-ball-wall-release';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 6,
    'Make tiny, slow circles by moving your body, two or three slow breaths on each spot, then move to the next.', null, null from technique where slug = 'golf-ball-wall-release';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 7,
    'When the time for this side is up, switch to the other side.', null, null from technique where slug = 'golf-ball-wall-release';

-- foam-roll-calves
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit on the floor with your legs out in front and a foam roller under one calf. Put your hands on the floor behind you.', null, null from technique where slug = 'foam-roll-calves';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Lift your hips a little and roll slowly from just above the ankle to just below the knee and back, about three seconds each way.', null, null from technique where slug = 'foam-roll-calves';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'For more pressure, rest the other leg on top. Turn your leg slightly in and out to reach the inner and outer calf.', null, null from technique where slug = 'foam-roll-calves';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this leg is up, switch legs.', null, null from technique where slug = 'foam-roll-calves';

-- foam-roll-hamstrings
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit on the floor with a foam roller under the back of one thigh, hands on the floor behind you, the other foot flat on the floor.', null, null from technique where slug = 'foam-roll-hamstrings';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Lift your hips and roll slowly from just above the back of the knee up to the crease under the buttock, then back down.', null, null from technique where slug = 'foam-roll-hamstrings';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Turn the leg a little in and out to cover the inner and outer parts. Pause on tight spots and breathe out.', null, null from technique where slug = 'foam-roll-hamstrings';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this leg is up, switch legs.', null, null from technique where slug = 'foam-roll-hamstrings';

-- foam-roll-thighs
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Lie face down propped on your forearms, with a foam roller under the front of one thigh. Bend the other knee out to the side for support.', null, null from technique where slug = 'foam-roll-thighs';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Using your arms, slowly pull and push your body so the roller moves from just above the kneecap up to the hip and back.', null, null from technique where slug = 'foam-roll-thighs';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Keep your tummy gently firm so your lower back does not sag. Pause and breathe on any tight spot.', null, null from technique where slug = 'foam-roll-thighs';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this leg is up, switch legs.', null, null from technique where slug = 'foam-roll-thighs';

-- foam-roll-glutes
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit on a foam roller with your hands on the floor behind you and both knees bent, feet flat.', null, null from technique where slug = 'foam-roll-glutes';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Cross your right ankle over your left knee and lean a little towards your right buttock.', null, null from technique where slug = 'foam-roll-glutes';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Roll slowly to and fro over the buttock, a few centimetres at a time, and out towards the side of the hip. On tight spots, breathe out and stay for three or four slow breaths.', null, null from technique where slug = 'foam-roll-glutes';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, uncross, put the left ankle over the right knee and lean to the left side.', null, null from technique where slug = 'foam-roll-glutes';

-- foam-roll-lower-back
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit on the floor with knees bent and a foam roller behind you. Lie back so the roller sits across your back just below the ribs, and support your head with your hands.', null, null from technique where slug = 'foam-roll-lower-back';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Lean your body to one side so the roller presses into the muscles on that side of the spine, not into the middle of your back.', null, null from technique where slug = 'foam-roll-lower-back';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Push gently with your feet to roll a few centimetres down towards the top of the pelvis and back up, slowly, breathing steadily.', null, null from technique where slug = 'foam-roll-lower-back';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, lean to the other side and repeat.', null, null from technique where slug = 'foam-roll-lower-back';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'To finish, lift your hips, slide the roller away and roll onto your side before getting up.', null, null from technique where slug = 'foam-roll-lower-back';

-- foam-roll-it-band
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Lie on your side, propped on your forearm, with the foam roller under the outside of your lower thigh. Cross your top leg over and put that foot flat on the floor in front of you.', null, null from technique where slug = 'foam-roll-it-band';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Use your top foot and forearm to carry some of your weight, then roll slowly from just above the knee up to just below the hip bone and back.', null, null from technique where slug = 'foam-roll-it-band';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Go slowly, about three seconds each way, and breathe out as you pass tight spots. Put more weight on your top foot if it is too strong.', null, null from technique where slug = 'foam-roll-it-band';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, turn onto your other side and repeat.', null, null from technique where slug = 'foam-roll-it-band';

-- foam-roll-upper-back
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit on the floor with knees bent and lie back onto a foam roller placed across your back, just below the shoulder blades.', null, null from technique where slug = 'foam-roll-upper-back';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Cross your arms over your chest, or cup your hands behind your head to support your neck, elbows pointing forwards.', null, null from technique where slug = 'foam-roll-upper-back';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Lift your hips a little and push with your feet to roll slowly up to the top of the shoulder blades, then back down to the bottom of the ribs.', null, null from technique where slug = 'foam-roll-upper-back';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Pause on tight spots and breathe out. When the time is up, lower your hips and roll off to one side.', null, null from technique where slug = 'foam-roll-upper-back';

-- self-neck-massage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit up tall and let your shoulders drop. Wash your hands.', null, null from technique where slug = 'self-neck-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Put the fingertips of both hands at the base of your skull, one hand either side of the middle of the neck.', null, null from technique where slug = 'self-neck-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Press in gently and make small, slow circles, working down the sides of the neck to where it meets the shoulders. Breathe slowly.', null, null from technique where slug = 'self-neck-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'On a knot, press lightly and hold for two or three slow breaths until it eases a little. Then use the opposite hand to knead the top of each shoulder.', null, null from technique where slug = 'self-neck-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'When the time is up, roll your shoulders slowly a few times.', null, null from technique where slug = 'self-neck-massage';

-- head-temple-massage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit comfortably, close your eyes if you like, and let your shoulders drop. Wash your hands. A partner can do every step standing behind your chair.', null, null from technique where slug = 'head-temple-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Put your fingertips on your temples, the soft spots beside your eyes, and make slow, gentle circles for a few slow breaths.', null, null from technique where slug = 'head-temple-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Move to the middle of the forehead and smooth outwards towards the temples a few times.', null, null from technique where slug = 'head-temple-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Spread your fingers through your hair and move the scalp in small circles, working from the hairline back to the base of the skull.', null, null from technique where slug = 'head-temple-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Finish by pressing gently into the hollows at the base of your skull for a few slow breaths.', null, null from technique where slug = 'head-temple-massage';

-- abdominal-massage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Wait at least an hour after a meal. Lie face up with a pillow under your head and your knees up, and warm your hands.', null, null from technique where slug = 'abdominal-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Put one flat hand on the lower right side of your belly, just inside the hip bone.', null, null from technique where slug = 'abdominal-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Slide slowly up towards the ribs, across the belly just under the ribs, then down the left side to just inside the left hip bone. This traces the bowel in a clockwise direction.', null, null from technique where slug = 'abdominal-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Keep repeating with slow, gentle pressure, breathing out as your hand moves. You can add small clockwise circles around the belly button.', null, null from technique where slug = 'abdominal-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Finish with a few slow breaths into your belly. Drinking enough water, eating fibre and moving every day help too.', null, null from technique where slug = 'abdominal-massage';

-- foot-ball-roll
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit on a chair with a tennis ball on the floor in front of you, and rest one bare or socked foot on it.', null, null from technique where slug = 'foot-ball-roll';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Roll the ball slowly from the heel to the ball of the foot and back, pressing down as much as feels good.', null, null from technique where slug = 'foot-ball-roll';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'On tender spots in the heel, arch or ball of the foot, pause for two or three slow breaths or make small circles.', null, null from technique where slug = 'foot-ball-roll';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this foot is up, switch feet.', null, null from technique where slug = 'foot-ball-roll';

-- foot-hand-massage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit with one foot resting across the opposite thigh, or in your partner''s lap. Wash your hands.', null, null from technique where slug = 'foot-hand-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Warm a little lotion or oil between your palms.', null, 'lotion' from technique where slug = 'foot-hand-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Hold the foot in both hands and stroke from the toes towards the ankle a few times to warm it.', null, null from technique where slug = 'foot-hand-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Press your thumbs into the sole and make small circles, working from the heel through the arch to the ball of the foot.', null, null from technique where slug = 'foot-hand-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Gently squeeze and wiggle each toe, then stroke the top of the foot from the toes towards the ankle.', null, null from technique where slug = 'foot-hand-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 6,
    'When the time for this foot is up, switch feet.', null, null from technique where slug = 'foot-hand-massage';

-- thigh-massage
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit with one leg out in front, straight or slightly bent. Wash your hands.', null, null from technique where slug = 'thigh-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'On bare skin, warm a little lotion or oil between your palms.', null, 'lotion' from technique where slug = 'thigh-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Start by stroking: put both hands flat just above the knee and glide them up to the hip, then slide back down lightly. Repeat a few times.', null, null from technique where slug = 'thigh-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Then knead: grip the muscle at the front of the thigh, lift and squeeze it gently, one hand after the other, working along the muscle and then across it.', null, null from technique where slug = 'thigh-massage';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Finish with a few more upward strokes, then switch to the other thigh when the time for this one is up.', null, null from technique where slug = 'thigh-massage';

-- massage-gun-legs
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit on a chair or the floor with the leg relaxed. Fit a soft, round head and start the gun on its lowest setting.', null, null from technique where slug = 'massage-gun-legs';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Rest the head on the front of the thigh and glide it slowly up and down the muscle. Let the gun''s weight do the work instead of pushing.', 'thighs', null from technique where slug = 'massage-gun-legs';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Glide the head slowly up and down the back of the thigh, from above the knee to below the buttock, never behind the knee.', 'hamstrings', null from technique where slug = 'massage-gun-legs';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Glide the head slowly up and down the calf, from above the ankle to below the knee.', 'calves', null from technique where slug = 'massage-gun-legs';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Glide the head slowly over the buttock in small circles.', 'glutes', null from technique where slug = 'massage-gun-legs';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 6,
    'Keep the gun moving all the time, and share the time between the parts of the leg you are working.', null, null from technique where slug = 'massage-gun-legs';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 7,
    'When the time for this leg is up, switch legs.', null, null from technique where slug = 'massage-gun-legs';

-- massage-gun-shoulders
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit with your arms relaxed. If a partner is helping, they stand behind you. Fit a soft head and start on the lowest setting.', null, null from technique where slug = 'massage-gun-shoulders';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Place the head on the fleshy top of one shoulder, between the neck and the shoulder tip, and glide it slowly outwards and back.', null, null from technique where slug = 'massage-gun-shoulders';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Move down to the muscle between the shoulder blade and the spine and glide up and down, keeping the gun moving.', null, null from technique where slug = 'massage-gun-shoulders';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, switch sides.', null, null from technique where slug = 'massage-gun-shoulders';

-- neck-shoulder-massager
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Read the device''s instructions first. Sit in a comfortable chair with your back supported.', null, null from technique where slug = 'neck-shoulder-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Put the massager around your neck so the kneading heads rest on the muscles either side of the neck or on the tops of your shoulders.', null, null from technique where slug = 'neck-shoulder-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Start on the lowest setting. If it has arm loops, rest your forearms in them and pull down gently to adjust the pressure.', null, null from technique where slug = 'neck-shoulder-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Move it now and then to cover the lower neck and the tops of the shoulders. When the time is up, switch it off and roll your shoulders slowly.', null, null from technique where slug = 'neck-shoulder-massager';

-- back-massager
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Fit the back massager to a chair with a firm back, or lean it against one, following the device''s instructions.', null, null from technique where slug = 'back-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Sit back so the rolling heads rest on the muscles either side of your spine. Start on the lowest setting.', null, null from technique where slug = 'back-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Now and then, shift up or down a little (or use the controls) to cover the mid-back and the lower back.', null, null from technique where slug = 'back-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Breathe slowly and let your back relax. When the time is up, switch it off and sit quietly for a moment before you stand up.', null, null from technique where slug = 'back-massager';

-- heated-massager
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit comfortably. Before you start, set the heat to low and the massage to the lowest setting.', null, null from technique where slug = 'heated-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Place the pad over your lower back, with a layer of clothing between it and your skin.', 'lower-back', null from technique where slug = 'heated-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Drape the wrap around your neck, with a layer of clothing between it and your skin.', 'neck', null from technique where slug = 'heated-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Drape the wrap over your shoulders, with a layer of clothing between it and your skin.', 'shoulders', null from technique where slug = 'heated-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'Relax and breathe slowly. Check your skin now and then: it should be warm and slightly pink, not red or sore.', null, null from technique where slug = 'heated-massager';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 6,
    'Switch it off and take it off when the time is up.', null, null from technique where slug = 'heated-massager';

-- flat-back-90-90
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Lie on your back on a mat or rug, close to the front of a couch or low bed.', null, null from technique where slug = 'flat-back-90-90';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Lift your legs and rest your calves on the seat. Shuffle nearer or further until your hips and knees are both bent at right angles, thighs pointing straight up.', null, null from technique where slug = 'flat-back-90-90';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Rest your arms by your sides, palms up. Let the small of your back sink gently towards the floor so your whole back is in contact with it.', null, null from technique where slug = 'flat-back-90-90';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Breathe slowly into your belly and stay until the time is up, or longer if it feels good.', null, null from technique where slug = 'flat-back-90-90';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'To come out, lift your legs off the couch one at a time, roll onto your side and push yourself up with your hands.', null, null from technique where slug = 'flat-back-90-90';

-- thread-the-needle
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Lie face up on a mat, knees up and both soles on the floor.', null, null from technique where slug = 'thread-the-needle';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Cross your right ankle over your left thigh, just above the knee, and let the right knee fall out to the side.', null, null from technique where slug = 'thread-the-needle';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Thread your right hand through the gap between your legs and bring your left hand round the outside, then hold the back of your left thigh with both hands.', null, null from technique where slug = 'thread-the-needle';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Gently draw the left thigh towards your chest until you feel a stretch in the right buttock. Keep your head and shoulders down and breathe slowly.', null, null from technique where slug = 'thread-the-needle';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'When the time for this side is up, let go, put both feet down, and repeat with the left ankle over the right thigh.', null, null from technique where slug = 'thread-the-needle';

-- supine-twist
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Lie on your back and hug both knees in towards your chest.', null, null from technique where slug = 'supine-twist';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Spread your arms out wide on the floor at shoulder height, palms facing up.', null, null from technique where slug = 'supine-twist';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'As you breathe out, slowly lower both knees together to the right, keeping both shoulders on the floor. Turn your head gently to the left if that feels fine.', null, null from technique where slug = 'supine-twist';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Stay there, breathing slowly, letting the knees sink only as far as is comfortable.', null, null from technique where slug = 'supine-twist';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'When the time for this side is up, breathe in and bring your knees back to the middle, then lower them to the left.', null, null from technique where slug = 'supine-twist';

-- knee-to-chest
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Lie face up on a mat with both knees up and your feet resting on the floor.', null, null from technique where slug = 'knee-to-chest';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Hold behind one thigh, or over the shin if your knee is comfortable, and slowly draw that knee towards your chest.', null, null from technique where slug = 'knee-to-chest';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Keep the other foot on the floor and let your lower back relax. Hold it there, breathing slowly.', null, null from technique where slug = 'knee-to-chest';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, lower the leg and do the same with the other knee. If it feels good, finish by hugging both knees in together for a few breaths.', null, null from technique where slug = 'knee-to-chest';

-- cat-cow
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Get onto your hands and knees, hands under your shoulders and knees under your hips. Put a folded towel under your knees if they need padding.', null, null from technique where slug = 'cat-cow';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Breathe in and let your belly sink slowly towards the floor while you lift your chest and look slightly forwards (cow).', null, null from technique where slug = 'cat-cow';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Breathe out and round your back up towards the ceiling, tucking your chin and your tailbone under (cat).', null, null from technique where slug = 'cat-cow';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Keep moving slowly with your breath, about five seconds each way, until the time is up.', null, null from technique where slug = 'cat-cow';

-- childs-pose
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Kneel on the floor with your big toes touching and your knees about hip-width apart or a little wider.', null, null from technique where slug = 'childs-pose';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Sit back towards your heels and walk your hands forwards, lowering your chest towards the floor.', null, null from technique where slug = 'childs-pose';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Rest your forehead on the floor or a cushion, with your arms stretched out in front or lying by your sides.', null, null from technique where slug = 'childs-pose';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Breathe slowly into your back. When the time is up, walk your hands back towards your knees and sit up slowly.', null, null from technique where slug = 'childs-pose';

-- seated-figure-four
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit tall near the front of a sturdy chair with both feet flat on the floor.', null, null from technique where slug = 'seated-figure-four';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Lift your right foot and rest the ankle on your left thigh, just above the knee. Let the right knee drop towards the floor.', null, null from technique where slug = 'seated-figure-four';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Keeping your back straight, lean forwards slowly from the hips until you feel a stretch in the right buttock, and hold it, breathing slowly.', null, null from technique where slug = 'seated-figure-four';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, sit up and switch legs.', null, null from technique where slug = 'seated-figure-four';

-- seated-twist
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit tall on a sturdy chair, feet flat on the floor and knees pointing forwards.', null, null from technique where slug = 'seated-twist';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Breathe in and lengthen your spine. Breathe out and slowly turn your upper body to the right, resting your left hand on your right knee and your right hand on the seat behind you.', null, null from technique where slug = 'seated-twist';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Hold the turn, sitting tall and breathing slowly. Turn from the middle of your back and keep your hips facing forwards.', null, null from technique where slug = 'seated-twist';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, come back to the middle slowly, then turn to the left.', null, null from technique where slug = 'seated-twist';

-- neck-side-stretch
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit tall with both shoulders relaxed. Hold the edge of the seat with your left hand to keep that shoulder down.', null, null from technique where slug = 'neck-side-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Slowly tip your right ear towards your right shoulder until you feel a stretch along the left side of your neck.', null, null from technique where slug = 'neck-side-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'For a little more, rest your right hand lightly on the side of your head. Let its weight do the work; do not pull.', null, null from technique where slug = 'neck-side-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Hold it, breathing slowly. When the time for this side is up, lift your head back to the middle and switch sides.', null, null from technique where slug = 'neck-side-stretch';

-- shoulder-rolls
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Stand or sit tall with your arms hanging loosely by your sides.', null, null from technique where slug = 'shoulder-rolls';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Lift both shoulders up towards your ears, draw them back, lower them down, then bring them forwards, in one slow, smooth circle.', null, null from technique where slug = 'shoulder-rolls';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Circle slowly backwards for the first half of the time, breathing easily, then forwards for the rest.', null, null from technique where slug = 'shoulder-rolls';

-- wall-chest-stretch
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Stand side-on to a wall. Place your right forearm and palm flat on the wall, elbow bent at a right angle and level with your shoulder.', null, null from technique where slug = 'wall-chest-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Step forwards with your right foot and slowly turn your body away from the wall until you feel a stretch across the front of your chest and shoulder.', null, null from technique where slug = 'wall-chest-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Hold it, breathing slowly, with the shoulder down and away from your ear.', null, null from technique where slug = 'wall-chest-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, turn back, then switch sides.', null, null from technique where slug = 'wall-chest-stretch';

-- cross-body-shoulder-stretch
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Stand tall and bring your right arm straight across your chest at about shoulder height.', null, null from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Hold it with your left hand just above the elbow and gently draw it closer to your chest.', null, null from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Keep your right shoulder down and relaxed, and hold it, breathing slowly.', null, null from technique where slug = 'cross-body-shoulder-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, let go and repeat with the left arm.', null, null from technique where slug = 'cross-body-shoulder-stretch';

-- standing-quad-stretch
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Stand side-on to a wall with your left hand flat on it for balance.', null, null from technique where slug = 'standing-quad-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Bend your right knee and take hold of your right ankle (or your sock, or a towel looped around it) with your right hand.', null, null from technique where slug = 'standing-quad-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Draw the heel gently towards your buttock, knees side by side and hips tucked slightly under, until you feel a stretch down the front of the thigh.', null, null from technique where slug = 'standing-quad-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, lower the foot slowly, turn round and switch legs.', null, null from technique where slug = 'standing-quad-stretch';

-- seated-hamstring-stretch
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit near the front edge of a sturdy chair. Straighten your right leg in front of you, heel on the floor and toes pointing up; keep the left foot flat.', null, null from technique where slug = 'seated-hamstring-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'With your back straight, lean forwards slowly from the hips until you feel a stretch down the back of the right thigh.', null, null from technique where slug = 'seated-hamstring-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Rest your hands on your left thigh and hold it, breathing slowly.', null, null from technique where slug = 'seated-hamstring-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, sit up slowly, then switch legs.', null, null from technique where slug = 'seated-hamstring-stretch';

-- wall-calf-stretch
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Stand facing a wall with both hands flat on it at shoulder height.', null, null from technique where slug = 'wall-calf-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Step your right foot back about a stride, leg straight and heel on the floor; bend your left knee.', null, null from technique where slug = 'wall-calf-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Lean slowly towards the wall until you feel a stretch in the right calf. Keep both feet pointing straight ahead, and breathe slowly. To reach the lower calf, bend the back knee slightly while keeping the heel down.', null, null from technique where slug = 'wall-calf-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, switch legs.', null, null from technique where slug = 'wall-calf-stretch';

-- kneeling-hip-flexor-stretch
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Kneel on your right knee on a cushion or folded towel, with your left foot flat on the floor in front and the left knee bent at a right angle.', null, null from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Rest your hands on your left thigh or your hips, and gently tuck your tailbone under.', null, null from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Shift your weight slowly forwards until you feel a stretch at the front of the right hip, keeping your body upright, and breathe slowly.', null, null from technique where slug = 'kneeling-hip-flexor-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, switch legs.', null, null from technique where slug = 'kneeling-hip-flexor-stretch';

-- standing-it-band-stretch
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Stand side-on to a wall, left shoulder towards it, with your left hand on the wall.', null, null from technique where slug = 'standing-it-band-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Cross your left leg behind your right leg.', null, null from technique where slug = 'standing-it-band-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Slowly push your left hip out towards the wall and lean your upper body gently away, until you feel a stretch along the outside of the left hip and thigh. Breathe slowly.', null, null from technique where slug = 'standing-it-band-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this side is up, turn round and switch sides.', null, null from technique where slug = 'standing-it-band-stretch';

-- plantar-stretch
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Sit on a chair and rest your right ankle on your left knee.', null, null from technique where slug = 'plantar-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Hold your toes with your right hand and gently pull them back towards your shin until you feel a stretch along the sole and arch.', null, null from technique where slug = 'plantar-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'With your other hand, stroke gently along the arch from the heel towards the toes.', null, null from technique where slug = 'plantar-stretch';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'When the time for this foot is up, switch feet.', null, null from technique where slug = 'plantar-stretch';

-- belly-breathing
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 1,
    'Lie on your back with knees bent and feet flat (or your calves on a couch), with a cushion under your head.', null, null from technique where slug = 'belly-breathing';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 2,
    'Put one hand on your belly and the other on your chest.', null, null from technique where slug = 'belly-breathing';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 3,
    'Breathe in slowly through your nose for about four seconds, letting your belly rise under your hand while your chest stays still.', null, null from technique where slug = 'belly-breathing';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 4,
    'Breathe out gently through your mouth for about six seconds and let your belly fall. Keep going until the time is up.', null, null from technique where slug = 'belly-breathing';
insert into technique_instruction (technique_id, position, text, only_area, only_tool) select id, 5,
    'To get up, roll onto your side and push up slowly with your hands.', null, null from technique where slug = 'belly-breathing';

update technique set name = 'Self effleurage (light stroking)' where slug = 'self-effleurage';
update technique set summary = 'Slow, light stroking with your own flat hands over the neck, shoulders, chest or lower back. At the start of a routine it warms the skin and muscle and helps you find where you are sore; at the end it is a calm way to finish.' where slug = 'self-effleurage';

alter table technique add column longest_seconds integer;
update technique set longest_seconds = 120 where slug = 'self-effleurage';
update technique set longest_seconds = 240 where slug = 'seated-lower-back-self-massage';
update technique set longest_seconds = 240 where slug = 'spine-sacrum-circular-kneading';
update technique set longest_seconds = 240 where slug = 'tennis-ball-back-massage';
update technique set longest_seconds = 180 where slug = 'wall-ball-shoulders';
update technique set longest_seconds = 180 where slug = 'wall-ball-chest';
update technique set longest_seconds = 180 where slug = 'golf-ball-wall-release';
update technique set longest_seconds = 180 where slug = 'foot-ball-roll';
update technique set longest_seconds = 240 where slug = 'massage-gun-legs';
update technique set longest_seconds = 180 where slug = 'massage-gun-shoulders';
update technique set longest_seconds = 240 where slug = 'self-neck-massage';
update technique set longest_seconds = 240 where slug = 'head-temple-massage';
update technique set longest_seconds = 300 where slug = 'abdominal-massage';
update technique set longest_seconds = 120 where slug = 'thread-the-needle';
update technique set longest_seconds = 120 where slug = 'supine-twist';
update technique set longest_seconds = 120 where slug = 'knee-to-chest';
update technique set longest_seconds = 120 where slug = 'seated-figure-four';
update technique set longest_seconds = 2 * seconds where longest_seconds is null;
alter table technique alter column longest_seconds set not null;
alter table technique add constraint technique_longest_seconds check (longest_seconds >= seconds and longest_seconds <= 1200);

-- One English: "towards", not "toward", in every text people read.
update technique set name = replace(name, 'toward ', 'towards '), summary = replace(summary, 'toward ', 'towards ');
update technique_caution set text = replace(text, 'toward ', 'towards ');
update health_condition set summary = replace(summary, 'toward ', 'towards '), advice = replace(advice, 'toward ', 'towards ');
update red_flag set description = replace(description, 'toward ', 'towards ');
update body_area set description = replace(description, 'toward ', 'towards ');
update tool set description = replace(description, 'toward ', 'towards ');
update condition_restriction set reason = replace(reason, 'toward ', 'towards ');

