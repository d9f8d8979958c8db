package com.publisherportal.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * How far each scheduled job that works through days has got ("done through"), so after downtime
 * it carries on from there instead of redoing all history; and every run, with the node that made
 * it. Written only by the node holding the job's lock ({@link ClusterLocks}).
 */
@Repository
public class JobMarkRepository {

    /** One finished run of a job: which node, when, and which days it covered. */
    public record JobRun(String job, String node, Instant startedAt, Instant finishedAt, LocalDate from, LocalDate through) {
    }

    private final JdbcClient jdbc;
    private final ClusterLocks cluster;
    private final Clock clock;

    JobMarkRepository(JdbcClient jdbc, ClusterLocks cluster, Clock clock) {
        this.jdbc = jdbc;
        this.cluster = cluster;
        this.clock = clock;
    }

    public Optional<LocalDate> doneThrough(String job) {
        return jdbc.sql("SELECT done_through FROM scheduled_job_mark WHERE job_name = :job")
                .param("job", job).query(Date.class).optional().map(Date::toLocalDate);
    }

    /** Records a run that covered {@code from}..{@code through} and moves the job's mark to {@code doneThrough}. */
    public void finished(String job, Instant startedAt, LocalDate from, LocalDate through, LocalDate doneThrough) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE scheduled_job_mark SET done_through = :done, updated_at = :now, updated_by = :node"
                        + " WHERE job_name = :job")
                .param("done", Date.valueOf(doneThrough)).param("now", now).param("node", cluster.node())
                .param("job", job).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO scheduled_job_mark (job_name, done_through, updated_at, updated_by)"
                            + " VALUES (:job, :done, :now, :node)")
                    .param("job", job).param("done", Date.valueOf(doneThrough)).param("now", now)
                    .param("node", cluster.node()).update();
        }
        jdbc.sql("INSERT INTO scheduled_job_run (job_name, node, started_at, finished_at, covered_from, covered_through)"
                        + " VALUES (:job, :node, :started, :now, :from, :through)")
                .param("job", job).param("node", cluster.node())
                .param("started", OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC)).param("now", now)
                .param("from", Date.valueOf(from)).param("through", Date.valueOf(through)).update();
        // A month of runs is enough to see which node ran what.
        jdbc.sql("DELETE FROM scheduled_job_run WHERE job_name = :job AND started_at < :before")
                .param("job", job).param("before", now.minusDays(31)).update();
    }

    /** The job's runs, oldest first. */
    public List<JobRun> runs(String job) {
        return jdbc.sql("SELECT job_name, node, started_at, finished_at, covered_from, covered_through"
                        + " FROM scheduled_job_run WHERE job_name = :job ORDER BY started_at, id")
                .param("job", job)
                .query((rs, i) -> new JobRun(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate()))
                .list();
    }
}
