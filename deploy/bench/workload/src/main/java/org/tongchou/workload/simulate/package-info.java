/**
 * {@code tongchou-workload simulate}: a reproducible multi-region workload of FACTS.md files drawn
 * from a flow matrix between provinces, and its ground truth (stocks, flows, births, coverage, and
 * every certificate, verification and birth obligation with how it must end), worked out from the
 * generated facts by the rules the hub's policy states, never by the hub's code.
 *
 * <p>Plain Java: no hub classes, no gRPC. {@link org.tongchou.workload.simulate.Simulation}
 * generates, {@link org.tongchou.workload.simulate.SimulationFiles} writes.
 */
package org.tongchou.workload.simulate;
