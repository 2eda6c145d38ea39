/**
 * Internal, not API: sampling the keys of commands into the hot-key sorted sets, in the background.
 */
package io.github.jakartaredis.cluster.hotkeys;
