/**
 * Talking to the hub over gRPC ({@code tongchou.v1}): the channel and its credential, pushing facts
 * through {@code RegionSync.Submit}, following the region's feed through {@code
 * RegionSync.Subscribe} ({@link org.tongchou.adapter.hub.FeedSubscriber}), reading a timeline, and
 * the two-way assessment ({@link org.tongchou.adapter.hub.AssessmentClient}) with the text its
 * answers print as ({@code ScorecardText}, {@code ObligationListText}, {@code StatisticsText}), and
 * the acts of offices and regions ({@code CoordinationClient}, {@code IdentitiesClient}, {@code
 * PoliciesClient}, {@code PublishingClient}), each answered as an {@link
 * org.tongchou.adapter.hub.ActOutcome}.
 *
 * <p>Generated proto types stay in this package and in {@code facts}; what leaves it towards the
 * command line is plain values ({@link org.tongchou.adapter.hub.PushResult}, {@link
 * org.tongchou.adapter.hub.FeedEntry}, {@link org.tongchou.adapter.hub.Explanation}), text, or a
 * {@link org.tongchou.adapter.hub.HubCallException}. The one exception is a read answer (a {@code
 * Timeline}, {@code Statistics}, scorecards, a page of obligations): the command line only hands it
 * back to this package's text class for it and never reads a field of its own.
 */
package org.tongchou.adapter.hub;
