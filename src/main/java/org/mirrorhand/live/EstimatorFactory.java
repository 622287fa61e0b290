package org.mirrorhand.live;

import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PoseOptions;

/** Opens the pose estimator with the options a screen needs; called once, on the inference thread that will own it. */
@FunctionalInterface
public interface EstimatorFactory {
    HandPoseEstimator open(PoseOptions options);
}
