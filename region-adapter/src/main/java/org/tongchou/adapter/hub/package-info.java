/**
 * Talking to the hub over gRPC ({@code tongchou.v1}): the channel and its credential, pushing
 * facts through {@code RegionSync.Submit}, following the region's feed through {@code
 * RegionSync.Subscribe} ({@link org.tongchou.adapter.hub.FeedSubscriber}), and reading a timeline.
 *
 * <p>Generated proto types stay in this package and in {@code facts}; what leaves it towards the
 * command line is plain values ({@link org.tongchou.adapter.hub.PushResult}, {@link
 * org.tongchou.adapter.hub.FeedEntry}), text, or a {@link org.tongchou.adapter.hub.HubCallException}.
 */
package org.tongchou.adapter.hub;
