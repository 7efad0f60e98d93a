import java.nio.file.*;
import java.sql.*;
import java.util.*;

/**
 * How long a deleted routine's text stays in an H2 2.4 file (same URL options as the app) while the database is
 * open and written to. Run: java -cp h2-2.4.240.jar DeletedTextInH2File.java plain|blank|compact|pre-compact|cycles SECONDS
 * (-Dfull=true: rewrite every chunk with a dead page, not only below 90% fill; add -ea to see H2's own assertions fail).
 */
public class DeletedTextInH2File {
    static Path dir;
    static Connection c;
    static Random rnd = new Random(1);

    public static void main(String[] a) throws Exception {
        String variant = a[0];
        int seconds = Integer.parseInt(a[1]);
        String extra = a.length > 2 ? a[2] : "";
        dir = Files.createTempDirectory("exp");
        c = DriverManager.getConnection("jdbc:h2:file:" + dir + "/unknot;AUTO_SERVER=FALSE;CACHE_SIZE=16384;WRITE_DELAY=0" + extra, "sa", "");
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("create table routine (id varchar(32) primary key, notes varchar(1000))");
            s.execute("create table routine_step (routine_id varchar(32) not null references routine(id) on delete cascade, position int, note varchar(300), primary key (routine_id, position))");
            s.execute("create table routine_session (id varchar(32) primary key, routine_id varchar(32) not null references routine(id) on delete cascade, note varchar(500))");
        }
        for (int i = 0; i < Integer.getInteger("n", 300); i++) routine("r" + i, "other handout " + i + " " + filler(200), "other step " + i, "other session " + i);
        routine("MARK", "MARKERHANDOUT " + filler(200), "MARKERSTEP", "MARKERSESSION");
        for (int i = 0; i < 20; i++) routine("q" + i, "other handout " + i + " " + filler(200), "other step " + i, "other session " + i);
        System.out.printf("%s before delete: %d occurrences, file %d KB%n", variant, count(), size());
        if (variant.equals("cycles")) { cycles(); return; }
        if (variant.contains("pre")) { compactOnline(); System.out.printf("  after an earlier compaction: %d, file %d KB%n", count(), size()); }
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        if (variant.contains("blank")) {
            exec("update routine_session set note = '' where routine_id = 'MARK'");
            exec("update routine_step set note = '' where routine_id = 'MARK'");
            exec("update routine set notes = '' where id = 'MARK'");
            c.commit();
        }
        exec("delete from routine where id = 'MARK'");
        c.commit();
        c.setAutoCommit(true);
        if (variant.contains("checkpoint")) exec("checkpoint sync");
        if (variant.contains("compact")) compactOnline();
        System.out.printf("  right after delete: %d (%d ms)%n", count(), (System.nanoTime() - t0) / 1_000_000);
        int n = 1000;
        for (int sec = 1; sec <= seconds; sec++) {
            for (int k = 0; k < 5; k++) { // other writes continue: 5 sessions a second
                exec("insert into routine_session values ('s" + (n++) + "', 'r" + rnd.nextInt(300) + "', 'later session " + filler(80) + "')");
                Thread.sleep(200);
            }
            if (variant.contains("compact") && variant.contains("every") && sec % 10 == 0) compactOnline();
            int found = count();
            if (sec % 10 == 0 || found == 0) System.out.printf("  %3d s: %d occurrences, file %d KB%n", sec, found, size());
            if (found == 0) break;
        }
        if (variant.contains("shutdown")) { exec("shutdown compact"); System.out.printf("  after SHUTDOWN COMPACT: %d, file %d KB%n", count(), size()); }
        else c.close();
        try (var conn = DriverManager.getConnection("jdbc:h2:file:" + dir + "/unknot", "sa", ""); var s = conn.createStatement();
             var r = s.executeQuery("select count(*) from routine_session")) { r.next(); System.out.println("  reopened fine, sessions " + r.getLong(1)); }
    }

    static void cycles() throws Exception {
        int failures = 0, n = 0;
        for (int k = 0; k < 15; k++) {
            String m = "CYC" + k + "X";
            routine("M" + k, m + "HANDOUT", m + "STEP", m + "SESSION");
            for (int j = 0; j < 50; j++) exec("insert into routine_session values ('c" + (n++) + "', 'r" + rnd.nextInt(300) + "', 'later " + filler(80) + "')");
            compactOnline();
            exec("delete from routine where id = 'M" + k + "'");
            for (int j = 0; j < 5; j++) exec("insert into routine_session values ('c" + (n++) + "', 'r" + rnd.nextInt(300) + "', 'later " + filler(80) + "')");
            compactOnline();
            int left = countOf(m);
            System.out.printf("  cycle %d: %d left, file %d KB, q0 still there: %d%n", k, left, size(), countOf("other handout 3 "));
            if (left > 0) failures++;
        }
        System.out.println("  failures " + failures);
    }

    static int countOf(String m) throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("unknot.mv.db"));
        int found = 0;
        byte[] p = m.getBytes();
        outer: for (int i = 0; i + p.length <= bytes.length; i++) { for (int j = 0; j < p.length; j++) if (bytes[i + j] != p[j]) continue outer; found++; }
        return found;
    }

    static void compactOnline() throws Exception {
        var store = ((org.h2.jdbc.JdbcConnection) c).getSession();
        var db = ((org.h2.engine.SessionLocal) store).getDatabase();
        int retention = db.getRetentionTime();
        long t = System.nanoTime();
        if (Boolean.getBoolean("full")) {
            var mv = db.getStore().getMvStore();
            mv.setRetentionTime(0);
            long stop = System.nanoTime() + 2_000_000_000L;
            int rounds = 0;
            try {
                var fs = (org.h2.mvstore.RandomAccessStore) mv.getFileStore();
                for (int pass = 0; pass < Integer.getInteger("passes", 1); pass++) {
                    while (mv.compact(101, 16 << 20)) { rounds++; mv.sync(); fs.compactMoveChunks(101, 16 << 20, mv); if (System.nanoTime() > stop) break; }
                    mv.commit();
                    fs.compactMoveChunks(101, Long.MAX_VALUE, mv);
                }
            } finally { mv.setRetentionTime(retention); }
            System.out.println("  rounds " + rounds);
        } else {
            db.getStore().compactFile(Integer.getInteger("compactMs", 1000));
            db.setRetentionTime(retention);
        }
        System.out.printf("  compactFile took %d ms%n", (System.nanoTime() - t) / 1_000_000);
    }

    static void routine(String id, String notes, String step, String session) throws SQLException {
        c.setAutoCommit(false);
        exec("insert into routine values ('" + id + "', '" + notes + "')");
        for (int p = 0; p < 6; p++) exec("insert into routine_step values ('" + id + "', " + p + ", '" + step + " " + p + "')");
        for (int p = 0; p < 3; p++) exec("insert into routine_session values ('" + id + "-" + p + "', '" + id + "', '" + session + " " + p + "')");
        c.commit();
        c.setAutoCommit(true);
    }

    static void exec(String sql) throws SQLException { try (Statement s = c.createStatement()) { s.execute(sql); } }

    static String filler(int n) { var b = new StringBuilder(); while (b.length() < n) b.append((char) ('a' + rnd.nextInt(26))); return b.toString(); }

    static long size() throws Exception { return Files.size(dir.resolve("unknot.mv.db")) / 1024; }

    static int count() throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("unknot.mv.db"));
        int found = 0;
        for (String m : List.of("MARKERHANDOUT", "MARKERSTEP", "MARKERSESSION")) {
            byte[] p = m.getBytes();
            outer: for (int i = 0; i + p.length <= bytes.length; i++) { for (int j = 0; j < p.length; j++) if (bytes[i + j] != p[j]) continue outer; found++; }
        }
        return found;
    }
}
