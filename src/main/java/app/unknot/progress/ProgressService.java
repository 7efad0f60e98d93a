package app.unknot.progress;

import app.unknot.routine.RoutineService;
import app.unknot.routine.RoutineView;
import app.unknot.routine.StepView;
import app.unknot.system.Dates;
import app.unknot.system.InvalidParameterException;
import app.unknot.system.LimitReachedException;
import app.unknot.system.NotFoundException;
import app.unknot.system.OneAtATime;
import app.unknot.system.RandomIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs sessions against saved routines, reads them back, and makes a routine again without what hurt.
 * It finds the routine itself, so the module's controllers need only this service.
 */
@Service
class ProgressService {

    /** Sessions read at a time when they are written out. */
    private static final int CHUNK = 200;

    private final RoutineService routines;
    private final SessionRepository sessions;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();
    private final OneAtATime turns = new OneAtATime();
    private final int mostPerDay;
    private final int most;

    ProgressService(RoutineService routines, SessionRepository sessions, MessageSource messages,
                    @Value("${unknot.limits.sessions-per-day}") int mostPerDay,
                    @Value("${unknot.limits.sessions-per-routine}") int most) {
        this.routines = routines;
        this.sessions = sessions;
        this.messages = messages;
        this.mostPerDay = mostPerDay;
        this.most = most;
    }

    /**
     * The saved routine with this id, worded for the locale: what every progress page is about.
     *
     * @throws NotFoundException when there is none
     */
    RoutineView routine(String id, Locale locale) {
        return routines.view(id, locale);
    }

    /** The techniques of the routine's steps: what a session may mark as hurting. */
    static Set<String> stepTechniques(RoutineView routine) {
        return routine.steps().stream().map(step -> step.technique().slug()).collect(Collectors.toSet());
    }

    /**
     * Saves a session the form or API has validated, durably, before it is acknowledged. A session its
     * device already sent, known by the routine and the device's id, is not saved again: the stored one
     * is answered, whatever this copy says, and the caps are not asked.
     *
     * @throws InvalidParameterException for a routine a red flag stopped ({@code id}), or a hurt
     *     technique that is no step of it ({@code hurt})
     * @throws LimitReachedException when the routine has taken in as many sessions as it may in any 24
     *     hours ({@code sessionsToday}) or keeps in all ({@code sessions})
     */
    Logged log(RoutineView routine, SessionForm form) {
        if (routine.stopped()) {
            throw new InvalidParameterException("id");
        }
        List<String> strangers = form.notSteps(stepTechniques(routine));
        if (!strangers.isEmpty()) {
            throw new InvalidParameterException("hurt", strangers.get(0));
        }
        // Databases keep microseconds: the session answered now reads back the same later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = SessionTime.of(form.getDoneAt(), now).truncatedTo(ChronoUnit.MICROS);
        var session = new Session(RandomIds.next(), at, form.getPainBefore(), form.getPainAfter(), form.getHurt(), form.getNote());
        String clientId = form.getClientId();
        // Counted and saved in turn per routine; save commits before the turn ends, so the next one counts it.
        return turns.run(routine.id(), () -> {
            Optional<Logged> sent = sentBefore(routine.id(), clientId);
            if (sent.isPresent()) {
                return sent.get();
            }
            // By when they arrived, so sessions dated days back cannot get round the daily cap.
            if (sessions.countByRoutineIdAndReceivedAtAfter(routine.id(), now.minus(Duration.ofDays(1))) >= mostPerDay) {
                throw new LimitReachedException("sessionsToday");
            }
            if (sessions.countByRoutineId(routine.id()) >= most) {
                throw new LimitReachedException("sessions");
            }
            try {
                sessions.save(new SessionEntity(routine.id(), session, clientId, now));
            }
            catch (DataIntegrityViolationException taken) {
                // Another instance of the app stored the same device id first; its session is this one.
                return sentBefore(routine.id(), clientId).orElseThrow(() -> taken);
            }
            return new Logged(session, true);
        });
    }

    private Optional<Logged> sentBefore(String routineId, String clientId) {
        return clientId == null ? Optional.empty()
            : sessions.findByRoutineIdAndClientId(routineId, clientId).map(stored -> new Logged(stored.toSession(), false));
    }

    /** A session as stored, and whether this request stored it or its device had sent it before. */
    record Logged(Session session, boolean isNew) {
    }

    /**
     * One page of the routine's sessions, newest first; {@code page} counts from 0.
     *
     * @throws NotFoundException when there is no routine with this id
     */
    @Transactional(readOnly = true)
    Page<Session> sessions(String routineId, int page, int size) {
        mustExist(routineId);
        return sessions.findByRoutineIdOrderByAtDescIdDesc(routineId, PageRequest.of(page, size)).map(SessionEntity::toSession);
    }

    /** The routine's newest so many sessions, newest first. */
    @Transactional(readOnly = true)
    List<Session> latest(String routineId, int count) {
        return sessions.findByRoutineIdOrderByAtDescIdDesc(routineId, Limit.of(count)).stream().map(SessionEntity::toSession).toList();
    }

    /**
     * Hands each of the routine's sessions, newest first, to the consumer, read a chunk at a time so
     * no more than a chunk is held at once, however many there are: for writing them out as they come.
     */
    void eachSession(String routineId, Consumer<Session> consumer) {
        List<SessionEntity> chunk = sessions.findByRoutineIdOrderByAtDescIdDesc(routineId, Limit.of(CHUNK));
        while (!chunk.isEmpty()) {
            chunk.forEach(session -> consumer.accept(session.toSession()));
            Session last = chunk.get(chunk.size() - 1).toSession();
            chunk = chunk.size() < CHUNK ? List.of() : sessions.olderThan(routineId, last.at(), last.id(), Limit.of(CHUNK));
        }
    }

    /** @throws NotFoundException when there is no routine with this id */
    void mustExist(String routineId) {
        if (!routines.exists(routineId)) {
            throw new NotFoundException("routine");
        }
    }

    private List<Session> loggedAgainst(String routineId) {
        return sessions.findByRoutineIdOrderByAtDescIdDesc(routineId).stream().map(SessionEntity::toSession).toList();
    }

    /** The routine's latest session, if it has one. */
    @Transactional(readOnly = true)
    Optional<Session> latest(String routineId) {
        return sessions.findFirstByRoutineIdOrderByAtDescIdDesc(routineId).map(SessionEntity::toSession);
    }

    @Transactional(readOnly = true)
    long count(String routineId) {
        return sessions.countByRoutineId(routineId);
    }

    /**
     * Deletes the routine; the sessions logged against it go with it.
     *
     * @throws NotFoundException when there is none
     */
    void delete(String id) {
        routines.delete(id);
    }

    /**
     * A new routine from the same answers, leaving out every technique marked as hurting in this
     * one's sessions (each said when, the latest time), gentle only when the pain rose after the
     * latest session.
     *
     * @throws NotFoundException when there is no routine with this id
     */
    @Transactional
    RoutineView again(String id, Locale locale) {
        RoutineView routine = routines.view(id, locale);
        if (routine.stopped()) {
            throw new InvalidParameterException("id");
        }
        List<Session> logged = loggedAgainst(routine.id());
        Map<String, Instant> lastHurt = new LinkedHashMap<>();
        logged.forEach(session -> session.hurt().forEach(slug -> lastHurt.putIfAbsent(slug, session.at())));
        Map<String, String> hurt = new LinkedHashMap<>();
        lastHurt.forEach((slug, at) -> hurt.put(slug, messages.getMessage("progress.hurt.reason", new Object[] {Dates.of(at, locale)},
            locale)));
        boolean rose = !logged.isEmpty() && logged.get(0).painRose();
        return routines.again(routine.id(), hurt, rose, locale);
    }

    /** The step names by technique slug, for showing what was marked as hurting. */
    static Map<String, String> stepNames(RoutineView routine) {
        Map<String, String> names = new LinkedHashMap<>();
        for (StepView step : routine.steps()) {
            names.putIfAbsent(step.technique().slug(), step.technique().name());
        }
        return names;
    }
}
