package org.safepassage.intake.admission;

import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The flood guard's count shared by every node on one database. Each second a node writes how many
 * unadmitted sessions arrived at it in its last minute, with a beat it counts up, and reads the
 * other nodes' counts into its {@link FloodDetector}. No time is written: a node whose beat has not
 * moved for {@link #GONE_AFTER} readings is taken as gone (killed, cut off) and its count left out;
 * its row is removed later. If the database cannot be reached the node guards on its own count.
 */
@Component
public class SharedArrivals {

    static final int GONE_AFTER = 10;
    private static final int REMOVED_AFTER = 600;
    private static final Logger log = LoggerFactory.getLogger(SharedArrivals.class);

    private final JdbcClient jdbc;
    private final FloodDetector flood;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, long[]> seen = new HashMap<>(); // node → {beat last read, readings since it moved}
    private long beat;
    private boolean failing;
    private volatile int liveNodes = 1;

    public SharedArrivals(JdbcClient jdbc, FloodDetector flood) {
        this.jdbc = jdbc;
        this.flood = flood;
    }

    /** Tells this node's count and takes in the others'; every second. */
    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    public synchronized void exchange() {
        beat++;
        try {
            long mine = flood.ownPerMinute();
            if (jdbc.sql("update flood_count set per_minute = ?, beat = ? where node = ?").params(mine, beat, node).update() == 0) {
                jdbc.sql("insert into flood_count (node, per_minute, beat) values (?, ?, ?)").params(node, mine, beat).update();
            }
            long others = 0;
            int live = 1;
            for (Map<String, Object> row : jdbc.sql("select node, per_minute, beat from flood_count where node <> ?")
                    .param(node).query().listOfRows()) {
                String other = (String) row.get("node");
                long otherBeat = ((Number) row.get("beat")).longValue();
                long[] state = seen.computeIfAbsent(other, n -> new long[] {otherBeat, 0});
                if (state[0] != otherBeat) {
                    state[0] = otherBeat;
                    state[1] = 0;
                } else {
                    state[1]++;
                }
                if (state[1] < GONE_AFTER) {
                    others += ((Number) row.get("per_minute")).longValue();
                    live++;
                } else if (state[1] >= REMOVED_AFTER) {
                    jdbc.sql("delete from flood_count where node = ? and beat = ?").params(other, otherBeat).update();
                    seen.remove(other);
                }
            }
            flood.othersPerMinute(others);
            liveNodes = live;
            if (failing) {
                log.info("The flood guard counts the other nodes' arrivals again");
                failing = false;
            }
        } catch (DataAccessException e) {
            flood.othersPerMinute(0);
            liveNodes = 1;
            if (!failing) {
                log.warn("The flood guard cannot reach the database: it counts this node's arrivals alone until it can");
                failing = true;
            }
        }
    }

    /** The nodes taking part now, this one included (1 while the database cannot be reached). */
    public int liveNodes() {
        return liveNodes;
    }

    @PreDestroy
    void leave() {
        try {
            jdbc.sql("delete from flood_count where node = ?").param(node).update();
        } catch (DataAccessException e) {
            // the others will see its beat stand still
        }
    }
}
