package app.unknot.system.limit;

import io.github.bucket4j.ConsumptionProbe;

/** Where clients' token buckets are kept: in this instance's memory, or in the database all instances share. */
interface Buckets {

    /** Takes one token from the client's bucket for this limit, if there is one. */
    ConsumptionProbe take(Limit limit, String client);
}
