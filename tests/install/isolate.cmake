# Read after the consumer's project() (CMAKE_PROJECT_INCLUDE, set by cmake.sh):
# find_package searches CMAKE_PREFIX_PATH only, so a copy of xen-public
# installed on this machine is never found instead of the test's.
foreach(where PACKAGE_ROOT_PATH CMAKE_ENVIRONMENT_PATH SYSTEM_ENVIRONMENT_PATH
              CMAKE_SYSTEM_PATH PACKAGE_REGISTRY SYSTEM_PACKAGE_REGISTRY)
  set(CMAKE_FIND_USE_${where} OFF)
endforeach()
