package app.coulisse.e2e;

/** Where a browser goes: one app server, or the load balancer in front of several. */
interface Site {

    /** The address of a path on the site, e.g. {@code url("login")}. */
    String url(String path);
}
